import * as z from 'zod/mini';
import { id, isoDateTime, safeUrl } from './common';
import { LIVE_INTERVIEW_TITLE_MAX_LENGTH } from './limits';
import { scorecardChoiceSchema } from './scorecard';

// The limit the schemas below enforce, kept in ./limits so a form can use it without them.
export { LIVE_INTERVIEW_TITLE_MAX_LENGTH };

/**
 * What an assessment record is: a take-home `test`, or a `live_interview` (a vendor's live coding pad, e.g.
 * CodeInterview's `POST /1/pads/new`).
 *
 * A live interview is a kind of assessment record rather than a sibling type, because everything around it is the
 * same: one list per candidate (newest first, tests and interviews together), one lifecycle (scheduled = `sent`,
 * `in_progress`, ended = `completed`, `cancelled`), revisions, pushes and polling, cancel, reviewers (here: the
 * interviewers) with a scorecard, and reviewer feedback, which opens when the record is completed. A sibling type
 * would have doubled the list, the cache updates, the contract's list route and the feedback rules for one new
 * field group. For a live interview, `testId` holds the vendor's pad id and `testTitle` the interview's title, so
 * every view that names an assessment names the interview; the rest is in `interview`.
 */
export const assessmentKinds = ['test', 'live_interview'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];
/** Absent (a backend written before live interviews) reads as `test`; an unknown kind too, shown as a test. */
export const assessmentKindSchema = z.catch(z._default(z.enum(assessmentKinds), 'test'), 'test');

/** The schedule and links of a live interview's pad. Links are http(s) or null (anything else reads as null). */
export const liveInterviewDetailsSchema = z.object({
  /** When it is planned, if someone set a time; the pad itself opens whenever someone joins. */
  scheduledAt: z.nullable(isoDateTime),
  /** The link the candidate joins with. */
  candidateUrl: safeUrl,
  /**
   * The interviewers' link, when the vendor gives them their own (with controls the candidate doesn't get); null
   * when everyone joins with `candidateUrl` (CodeInterview's pads have one URL).
   */
  interviewerUrl: safeUrl,
  /** A recording or replay of the pad, once it has ended, when the vendor gives one. */
  playbackUrl: safeUrl,
});
export type LiveInterviewDetails = z.infer<typeof liveInterviewDetailsSchema>;

/**
 * What a recruiter or interviewer creates: a pad with a vendor whose provider data declares
 * `capabilities.liveInterviews`. The interviewers become the record's `reviewers` and fill the scorecard in once
 * the pad ends. The candidate's link is not emailed here: that is `sendInterviewLink`, once someone chooses to.
 */
export const createLiveInterviewInputSchema = z.object({
  candidateId: id,
  providerId: id,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIVE_INTERVIEW_TITLE_MAX_LENGTH)),
  interviewerIds: z.array(id).check(z.minLength(1, 'Choose at least one interviewer.')),
  scorecard: z.nullable(scorecardChoiceSchema),
  /** When it is planned; null or absent: no set time. Must be in the future. */
  scheduledAt: z.optional(z.nullable(isoDateTime)),
});
export type CreateLiveInterviewInput = z.input<typeof createLiveInterviewInputSchema>;
