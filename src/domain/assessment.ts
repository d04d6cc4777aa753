import * as z from 'zod/mini';
import { id, isoDateTime, safeUrl } from './common';
import { normalizeAssessmentStatus, type AssessmentStatus } from './assessment-status';
import { reviewerSchema } from './reviewer';
import { SEND_MESSAGE_MAX_LENGTH } from './limits';
import { assessmentKindSchema, liveInterviewDetailsSchema } from './live-interview';
import { reviewerFeedbackStatusSchema } from './reviewer-feedback';
import { scorecardChoiceSchema } from './scorecard';

// The limit the schemas below enforce, kept in ./limits so a form can use it without them.
export { SEND_MESSAGE_MAX_LENGTH };

/** Accepts any string (or nothing) and always yields a lifecycle status. */
export const assessmentStatusSchema = z.pipe(z.unknown(), z.transform(normalizeAssessmentStatus));

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

/** Any value: `assessmentSchema` maps it onto the lifecycle after parsing, keeping a word it does not know. */
export const assessmentStatusOnTheWire = z.unknown();

/**
 * The fields as they cross the wire. Fields added after the first contract have defaults, so a backend written
 * against it still parses.
 */
const assessmentFieldsSchema = z.object({
  id,
  candidateId: id,
  providerId: id,
  testId: id,
  testTitle: z.string(),
  status: assessmentStatusOnTheWire,
  /**
   * The vendor's own word for the status, kept for display when it did not map cleanly. When `status` is a word
   * the kit does not know and this is null, parsing puts that word here.
   */
  vendorStatus: z.nullable(z.string()),
  /**
   * Goes up by at least one on every change the backend makes. When two answers about one assessment arrive out
   * of order (a push and a poll), the kit keeps the higher revision. A counter, not a timestamp: two changes in
   * the same millisecond, or on servers whose clocks disagree, still order. Without it (0) the latest arrival wins.
   */
  revision: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  /** `plan`: created by an interview-plan activity (then `activityId` is set); `ad_hoc`: sent from the profile. */
  source: assessmentSourceSchema,
  activityId: z.nullable(z.string()),
  /** The name of the plan stage whose activity created it, for `plan` assessments. */
  stageName: z._default(z.nullable(z.string()), null),
  /** Who sent it (a display name); null until sent. */
  sentBy: z._default(z.nullable(z.string()), null),
  reviewers: z.array(reviewerSchema),
  scorecard: z.nullable(scorecardChoiceSchema),
  sentAt: z.nullable(isoDateTime),
  startedAt: z.nullable(isoDateTime),
  completedAt: z.nullable(isoDateTime),
  expiresAt: z.nullable(isoDateTime),
  score: z.catch(z.nullable(scoreSchema), null),
  /** How long the candidate worked on it, when the vendor reports it. */
  timeTakenSeconds: z._default(z.catch(z.nullable(z.number().check(z.nonnegative())), null), null),
  /** The vendor's report; only http(s) links survive parsing. */
  reportUrl: safeUrl,
  /** Why it failed, in the backend's or vendor's words ("The invitation email bounced."), for `failed`. */
  failureReason: z._default(z.nullable(z.string()), null),
  /** Set on a new invitation sent for an expired or failed assessment: the id of that one, which stays as it was. */
  resentFromId: z._default(z.nullable(z.string()), null),
  /** Each reviewer's feedback state, once feedback is open (completed); empty before. */
  feedback: z._default(z.array(reviewerFeedbackStatusSchema), () => []),
  /** A take-home `test` or a `live_interview` (see `assessmentKinds` for why both are one record). */
  kind: assessmentKindSchema,
  /** A live interview's schedule and links; null for a test. */
  interview: z._default(z.nullable(liveInterviewDetailsSchema), null),
  history: z.array(statusChangeSchema),
});

export type Assessment = Omit<z.infer<typeof assessmentFieldsSchema>, 'status'> & { status: AssessmentStatus };

/** Maps the status onto the lifecycle; a word it does not know becomes `unknown`, and the word is kept. */
function withLifecycleStatus({ status: raw, ...fields }: z.infer<typeof assessmentFieldsSchema>): Assessment {
  const status = normalizeAssessmentStatus(raw);
  const word = status === 'unknown' && typeof raw === 'string' && raw.trim() !== '' ? raw : null;
  return { ...fields, status, vendorStatus: fields.vendorStatus ?? word };
}

export const assessmentSchema = z.pipe(assessmentFieldsSchema, z.transform(withLifecycleStatus));

export const assessmentListSchema = z.object({ assessments: z.array(assessmentSchema) });

/**
 * What a recruiter sends. With `activityId`, the plan-created (not_sent) assessment is sent instead of a new one.
 * The backend refuses a second active (sent, in progress) assessment of the same test for the same candidate with
 * `conflict` and reason `duplicate_assessment`, unless `allowDuplicate` says the recruiter confirmed it.
 */
export const sendAssessmentInputSchema = z.object({
  candidateId: id,
  providerId: id,
  testId: id,
  reviewerIds: z.array(id).check(z.minLength(1, 'Choose at least one reviewer.')),
  scorecard: z.nullable(scorecardChoiceSchema),
  activityId: z.optional(z.nullable(z.string())),
  /** When the link stops working; null or absent: the provider's default lifetime. At most its `linkLifetime.maxDays`. */
  expiresAt: z.optional(z.nullable(isoDateTime)),
  /** A note to the candidate in the invitation. */
  message: z.optional(z.nullable(z.string().check(z.maxLength(SEND_MESSAGE_MAX_LENGTH)))),
  /** The recruiter confirmed sending although the candidate already has this test active. */
  allowDuplicate: z.optional(z.boolean()),
});
export type SendAssessmentInput = z.infer<typeof sendAssessmentInputSchema>;
