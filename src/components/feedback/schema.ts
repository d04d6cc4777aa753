import * as z from 'zod/mini';
import type { FeedbackAnswer, FeedbackAnswers, ScorecardQuestion, ScorecardQuestionType } from '../../domain';
import { FEEDBACK_TEXT_MAX_LENGTH, isAnswered } from '../../domain/feedback-rules';

/**
 * The feedback form's values, one field per question, named by position (`q0`, `q1`...) so a question id with a dot
 * never reads as a path. Choices are strings as radios and checkboxes hold them: a rating `'4'`, yes/no `'yes'` or
 * `'no'`, a select its option. Unanswered is its own value: `undefined` for a one-choice question (never `''`,
 * `'no'`, `0` or `null`), as an empty text or `[]` is for the others.
 */
export type FeedbackFieldValue = string | string[] | undefined;
export type FeedbackFormValues = Record<string, FeedbackFieldValue>;

export const fieldName = (index: number) => `q${index}`;

export const YES = 'yes';
export const NO = 'no';

export interface FeedbackFormMessages {
  /** Shown under a required question left unanswered, by its type ("Choose 1 to 5 stars."). */
  required: Record<ScorecardQuestionType, string>;
  textTooLong: string;
}

/** The form, built from the (possibly translated) messages and the scorecard's questions. */
export function createFeedbackFormSchema(questions: readonly ScorecardQuestion[], messages: FeedbackFormMessages): z.ZodMiniType<FeedbackFormValues> {
  const shape: Record<string, z.ZodMiniType<FeedbackFieldValue>> = {};
  questions.forEach((question, index) => {
    const required = messages.required[question.type];
    if (question.type === 'multi_select') {
      shape[fieldName(index)] = z.array(z.string()).check(z.minLength(question.required ? 1 : 0, required));
    } else if (question.type === 'text') {
      shape[fieldName(index)] = z.string().check(
        z.refine((text) => !question.required || text.trim() !== '', required),
        z.maxLength(FEEDBACK_TEXT_MAX_LENGTH, messages.textTooLong),
      );
    } else {
      // Unanswered passes the type, so a required question says what it needs, not zod's "Invalid input".
      shape[fieldName(index)] = z.union([z.string(), z.undefined()]).check(z.refine((choice) => !question.required || choice !== undefined, required));
    }
  });
  return z.object(shape);
}

/** What the form shows for stored answers (none: every field empty). */
export function toFormValues(questions: readonly ScorecardQuestion[], answers: FeedbackAnswers | null): FeedbackFormValues {
  return Object.fromEntries(
    questions.map((question, index) => {
      const answer = answers?.[question.id];
      let value: FeedbackFieldValue;
      if (question.type === 'multi_select') value = Array.isArray(answer) ? answer : [];
      else if (typeof answer === 'boolean') value = answer ? YES : NO;
      else if (typeof answer === 'number' || typeof answer === 'string') value = String(answer);
      else value = question.type === 'text' ? '' : undefined;
      return [fieldName(index), value];
    }),
  );
}

/** A field's value as the backend stores it, or `undefined` when it holds no answer of the question's shape. */
function answerOf(question: ScorecardQuestion, value: FeedbackFieldValue): FeedbackAnswer | undefined {
  if (value === undefined || !isAnswered(value)) return undefined;
  if (question.type === 'multi_select') return Array.isArray(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (question.type === 'stars' || question.type === 'score') return /^\d+$/.test(value) ? Number(value) : undefined;
  if (question.type === 'yes_no') return value === YES ? true : value === NO ? false : undefined;
  return value;
}

/** What the backend stores for the form's values: unanswered questions are left out, never sent as `false`, `0` or `null`. */
export function toAnswers(questions: readonly ScorecardQuestion[], values: FeedbackFormValues): FeedbackAnswers {
  const answers: FeedbackAnswers = {};
  questions.forEach((question, index) => {
    const answer = answerOf(question, values[fieldName(index)]);
    if (answer !== undefined) answers[question.id] = answer;
  });
  return answers;
}
