import type { FeedbackAnswer, FeedbackAnswers } from './feedback';
import type { FeedbackPolicy } from './interview-plan';
import type { ReviewerFeedbackStatus } from './reviewer-feedback';
import type { ScorecardQuestion } from './scorecard';

/*
 * The rules of reviewer feedback, apart from its schemas: a component that only needs a rule doesn't bundle every
 * response schema (esbuild keeps module-level schema construction).
 */

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
