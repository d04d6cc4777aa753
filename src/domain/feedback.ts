import * as z from 'zod/mini';
import { id, isoDateTime } from './common';
import { assessmentSchema } from './assessment';
import { feedbackPolicies, type FeedbackPolicy } from './interview-plan';
import { reviewerFeedbackStates, type ReviewerFeedbackStatus } from './reviewer-feedback';
import { scorecardQuestionSchema, type ScorecardQuestion } from './scorecard';

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

/** The longest open-text answer. */
export const FEEDBACK_TEXT_MAX_LENGTH = 5000;

/** Whether the rule is met: every assigned reviewer submitted, or any one did. Nobody assigned: never. */
export function isFeedbackComplete(policy: FeedbackPolicy, statuses: readonly Pick<ReviewerFeedbackStatus, 'state'>[]): boolean {
  const submitted = statuses.filter((status) => status.state === 'submitted').length;
  if (policy === 'any_reviewer') return submitted > 0;
  return statuses.length > 0 && submitted === statuses.length;
}

/** Whether an answer counts as given: an empty text or selection does not. */
export function isAnswered(answer: FeedbackAnswer | undefined): boolean {
  if (answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  return true;
}

const isWhole = (value: FeedbackAnswer, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/** Why an answer does not fit its question, or null when it does. */
function answerProblem(question: ScorecardQuestion, answer: FeedbackAnswer): string | null {
  switch (question.type) {
    case 'stars':
      return isWhole(answer, 1, 5) ? null : 'Give 1 to 5 stars.';
    case 'score':
      return isWhole(answer, 1, 10) ? null : 'Give a score from 1 to 10.';
    case 'yes_no':
      return typeof answer === 'boolean' ? null : 'Answer yes or no.';
    case 'text':
      if (typeof answer !== 'string') return 'Answer in text.';
      return answer.length <= FEEDBACK_TEXT_MAX_LENGTH ? null : `Keep it under ${FEEDBACK_TEXT_MAX_LENGTH} characters.`;
    case 'single_select':
      return typeof answer === 'string' && question.options.includes(answer) ? null : 'Choose one of the options.';
    case 'multi_select':
      return Array.isArray(answer) && new Set(answer).size === answer.length && answer.every((a) => question.options.includes(a))
        ? null
        : 'Choose among the options, each once.';
  }
}

/**
 * What a backend checks before storing answers, keyed `answers.<questionId>` like a 422's `fieldErrors`: answers
 * must fit their questions, and `final` (a submit) needs every required question answered. A draft may be partial.
 */
export function feedbackAnswerProblems(
  questions: readonly ScorecardQuestion[],
  answers: FeedbackAnswers,
  { final }: { final: boolean },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const byId = new Map(questions.map((question) => [question.id, question]));
  for (const [questionId, answer] of Object.entries(answers)) {
    const question = byId.get(questionId);
    if (!question) problems[`answers.${questionId}`] = 'This scorecard has no such question.';
    else if (isAnswered(answer)) {
      const problem = answerProblem(question, answer);
      if (problem) problems[`answers.${questionId}`] = problem;
    }
  }
  if (final) {
    for (const question of questions) {
      if (question.required && !isAnswered(answers[question.id])) problems[`answers.${question.id}`] ??= 'This question needs an answer.';
    }
  }
  return problems;
}
