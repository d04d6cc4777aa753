import * as z from 'zod/mini';
import { id, isoDateTime } from './common';
import { assessmentSchema } from './assessment';
import { feedbackPolicies } from './interview-plan';
import { reviewerFeedbackStates } from './reviewer-feedback';
import { scorecardQuestionSchema } from './scorecard';

/**
 * One answer, by question type: stars (1-5) and score (1-10) a whole number, yes_no a boolean, text a string,
 * single_select one of the options, multi_select several of them.
 */
export const feedbackAnswerSchema = z.union([z.number(), z.boolean(), z.string(), z.array(z.string())]);
export type FeedbackAnswer = z.infer<typeof feedbackAnswerSchema>;

/** Answers by question id. A question left out (or an empty text or selection) is unanswered. */
export const feedbackAnswersSchema = z.record(z.string(), feedbackAnswerSchema);
export type FeedbackAnswers = z.infer<typeof feedbackAnswersSchema>;

/** One assigned reviewer's feedback, as the signed-in user may see it. */
export const reviewerFeedbackSchema = z.object({
  reviewerId: id,
  state: z.enum(reviewerFeedbackStates),
  /** When it was submitted; null until then. */
  submittedAt: z.nullable(isoDateTime),
  /** When the draft was last saved (or the feedback submitted); null while nothing is saved. */
  updatedAt: z.nullable(isoDateTime),
  /**
   * The answers, or null when the signed-in user may not see them: another reviewer's draft, or submitted feedback
   * that the visibility rules hide (before the user submitted their own, or from people who are not reviewers).
   */
  answers: z.nullable(feedbackAnswersSchema),
});
export type ReviewerFeedback = z.infer<typeof reviewerFeedbackSchema>;

/**
 * Everything about one assessment's reviewer feedback, as the signed-in user sees it: the result being judged, the
 * scorecard's questions (a template already resolved), the rule and each reviewer's feedback.
 */
export const assessmentFeedbackSchema = z.object({
  /** The assessment (score, time taken, report, reviewers). Feedback is open while it is `completed`. */
  assessment: assessmentSchema,
  /** The scorecard's name (a template's); null for questions written for this assessment, or none. */
  scorecardName: z.nullable(z.string()),
  /** What reviewers answer; empty when the assessment has no scorecard (a submit then records the review). */
  questions: z.array(scorecardQuestionSchema),
  /** Whose feedback completes the review: every assigned reviewer's, or any one's. */
  policy: z.enum(feedbackPolicies),
  /** Whether feedback is complete under `policy`. */
  complete: z.boolean(),
  /** A setting of the backend: reviewers see others' submitted feedback before they submit their own. */
  showOthersBeforeSubmit: z.boolean(),
  /** The signed-in user's reviewer id when they are one of this assessment's reviewers; null otherwise. */
  viewerReviewerId: z.nullable(z.string()),
  /** One entry per assigned reviewer, in the assessment's order. */
  reviewers: z.array(reviewerFeedbackSchema),
});
export type AssessmentFeedback = z.infer<typeof assessmentFeedbackSchema>;

/** What a draft save and a submit send: `{ answers }` (the assessment is in the path). */
export const feedbackAnswersBodySchema = z.object({ answers: feedbackAnswersSchema });
