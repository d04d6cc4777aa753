import * as z from 'zod/mini';
import { id } from './common';
import { scorecardChoiceSchema } from './scorecard';

/** The "Send <Provider> Assessment" activity an admin adds under a hiring stage. */
export const sendAssessmentActivitySchema = z.object({
  id,
  type: z.literal('send_assessment'),
  providerId: id,
  testId: id,
  /** Denormalised for display, so the plan renders without loading the catalogue. */
  testTitle: z.string(),
  reviewerIds: z.array(id),
  scorecard: scorecardChoiceSchema,
});
export type SendAssessmentActivity = z.infer<typeof sendAssessmentActivitySchema>;

/** Any other activity the host's plan holds (interviews, emails...). The kit shows it and keeps it as it is. */
export const otherActivitySchema = z.object({
  id,
  type: z.string().check(z.refine((t) => t !== 'send_assessment')),
  title: z.string(),
});
export type OtherActivity = z.infer<typeof otherActivitySchema>;

export const activitySchema = z.union([sendAssessmentActivitySchema, otherActivitySchema]);
export type Activity = z.infer<typeof activitySchema>;

export const interviewStageSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  activities: z.array(activitySchema),
});
export type InterviewStage = z.infer<typeof interviewStageSchema>;

export const interviewPlanSchema = z.object({
  jobId: id,
  jobTitle: z.string(),
  /** Incremented by every save; a save based on an older version is a conflict. */
  version: z.number().check(z.int(), z.nonnegative()),
  stages: z.array(interviewStageSchema),
});
export type InterviewPlan = z.infer<typeof interviewPlanSchema>;

export function isSendAssessmentActivity(activity: Activity): activity is SendAssessmentActivity {
  return activity.type === 'send_assessment';
}
