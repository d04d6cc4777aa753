import * as z from 'zod/mini';
import { id } from './common';
import { scorecardChoiceSchema } from './scorecard';

/** Whose feedback completes an assessment's review: every assigned reviewer's, or the first one's. */
export const feedbackPolicies = ['every_reviewer', 'any_reviewer'] as const;
export type FeedbackPolicy = (typeof feedbackPolicies)[number];

/**
 * The "Send <Provider> Assessment" activity an admin adds under a hiring stage. Loose like the host's own
 * records: a field a host's backend adds to it comes back on save.
 */
export const sendAssessmentActivitySchema = z.looseObject({
  id,
  type: z.literal('send_assessment'),
  providerId: id,
  testId: id,
  /** Denormalised for display, so the plan renders without loading the catalogue. */
  testTitle: z.string(),
  /** Denormalised like the title, on every read: the vendor archived the test, so it can't be sent. Absent means false. */
  testArchived: z._default(z.boolean(), false),
  reviewerIds: z.array(id),
  scorecard: scorecardChoiceSchema,
  /** Whose feedback counts. Absent means every reviewer's. */
  feedbackFrom: z._default(z.enum(feedbackPolicies), 'every_reviewer'),
  /** Send it as soon as a candidate enters the stage; off (and absent): a recruiter reviews and sends it. */
  autoSend: z._default(z.boolean(), false),
});
export type SendAssessmentActivity = z.infer<typeof sendAssessmentActivitySchema>;

/**
 * Any other activity the host's plan holds (interviews, emails...). The kit shows its title and carries every
 * other field (`durationMinutes`, `interviewerIds`, `location`...) through a save untouched.
 */
export const otherActivitySchema = z.looseObject({
  id,
  type: z.string().check(z.refine((t) => t !== 'send_assessment')),
  title: z.string(),
});
export type OtherActivity = z.infer<typeof otherActivitySchema>;

/** What the contract says an activity is (docs/openapi.json describes this). */
export const activitySchema = z.union([sendAssessmentActivitySchema, otherActivitySchema]);

/**
 * An activity the kit could not read (an assessment activity missing its test, say), kept exactly as the server sent
 * it: the rest of the plan still works, and a save sends it back unchanged.
 */
export type UnreadableActivity = { readonly [key: string]: unknown };

export type Activity = SendAssessmentActivity | OtherActivity | UnreadableActivity;

/** Plans are read leniently, one activity at a time: an unreadable one is kept as it is instead of failing the plan. */
export const planActivitySchema = z.catch(
  // The fallback widens the output with UnreadableActivity; the input the contract describes stays `activitySchema`.
  activitySchema as unknown as z.ZodMiniType<Activity, z.input<typeof activitySchema>>,
  // Called without a context when the OpenAPI document is generated: no default value then.
  (context) => context?.input as UnreadableActivity,
);

/** A hiring stage. Loose: fields of the host's own (`color`, `ownerId`...) survive a save. */
export const interviewStageSchema = z.looseObject({
  id,
  name: z.string().check(z.minLength(1)),
  activities: z.array(planActivitySchema),
});
export type InterviewStage = z.infer<typeof interviewStageSchema>;

/** A job's plan. Loose: the host's own fields stay on the server (a save sends only `stages`). */
export const interviewPlanSchema = z.looseObject({
  jobId: id,
  jobTitle: z.string(),
  /** Incremented by every save; a save based on an older version is a conflict. */
  version: z.number().check(z.int(), z.nonnegative()),
  stages: z.array(interviewStageSchema),
});
export type InterviewPlan = z.infer<typeof interviewPlanSchema>;

export function isSendAssessmentActivity(activity: Activity): activity is SendAssessmentActivity {
  return activity.type === 'send_assessment' && sendAssessmentActivitySchema.safeParse(activity).success;
}

/** One activity, as the kit reads it: its own assessment activity, a host's activity, or one it can't read. */
export type ReadActivity =
  | { kind: 'assessment'; activity: SendAssessmentActivity }
  | { kind: 'host'; activity: OtherActivity }
  | { kind: 'unreadable'; activity: UnreadableActivity };

export function readActivity(activity: Activity): ReadActivity {
  if (isSendAssessmentActivity(activity)) return { kind: 'assessment', activity };
  const host = otherActivitySchema.safeParse(activity);
  // The parsed copy would lose nothing but key order; hand back the object itself.
  if (host.success) return { kind: 'host', activity: activity as OtherActivity };
  return { kind: 'unreadable', activity };
}
