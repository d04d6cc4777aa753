import * as z from 'zod/mini';
import { id, isoDateTime, safeUrl } from './common';
import { assessmentStatusSchema } from './assessment-status';
import { reviewerSchema } from './reviewer';
import { scorecardChoiceSchema } from './scorecard';

export const scoreSchema = z.object({
  got: z.number().check(z.nonnegative()),
  total: z.number().check(z.positive()),
});
export type Score = z.infer<typeof scoreSchema>;

export const statusChangeSchema = z.object({
  status: assessmentStatusSchema,
  at: isoDateTime,
  /** Who or what caused it: "Sent by Dana Ruiz", "Vendor webhook". */
  note: z.nullable(z.string()),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const assessmentSourceSchema = z.enum(['plan', 'ad_hoc']);
export type AssessmentSource = z.infer<typeof assessmentSourceSchema>;

export const assessmentSchema = z.object({
  id,
  candidateId: id,
  providerId: id,
  testId: id,
  testTitle: z.string(),
  status: assessmentStatusSchema,
  /** The vendor's own word for the status, kept for display when it did not map cleanly. */
  vendorStatus: z.nullable(z.string()),
  /** `plan`: created by an interview-plan activity (then `activityId` is set); `ad_hoc`: sent from the profile. */
  source: assessmentSourceSchema,
  activityId: z.nullable(z.string()),
  reviewers: z.array(reviewerSchema),
  scorecard: z.nullable(scorecardChoiceSchema),
  sentAt: z.nullable(isoDateTime),
  startedAt: z.nullable(isoDateTime),
  completedAt: z.nullable(isoDateTime),
  expiresAt: z.nullable(isoDateTime),
  score: z.catch(z.nullable(scoreSchema), null),
  /** The vendor's report; only http(s) links survive parsing. */
  reportUrl: safeUrl,
  history: z.array(statusChangeSchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentListSchema = z.object({ assessments: z.array(assessmentSchema) });

/** What a recruiter sends. With `activityId`, the plan-created (not_sent) assessment is sent instead of a new one. */
export const sendAssessmentInputSchema = z.object({
  candidateId: id,
  providerId: id,
  testId: id,
  reviewerIds: z.array(id),
  scorecard: z.nullable(scorecardChoiceSchema),
  activityId: z.optional(z.nullable(z.string())),
});
export type SendAssessmentInput = z.infer<typeof sendAssessmentInputSchema>;
