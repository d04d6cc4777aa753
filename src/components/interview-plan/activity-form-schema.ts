import * as z from 'zod/mini';
import { feedbackPolicies, type SendAssessmentActivity } from '../../domain/interview-plan';
import { scorecardQuestionTypes, type ScorecardQuestion, type ScorecardQuestionType } from '../../domain/scorecard';
import { createIdempotencyKey } from '../../data/idempotency';
import type { ActivityFormText } from './activity-form-text';

/** The validation messages, so a translation reaches them. */
export type ActivityFormMessages = ActivityFormText['errors'];

/** The chosen test, as much of it as the form shows. */
export interface ChosenTest {
  id: string;
  title: string;
  archived: boolean;
}

export interface QuestionFormValues {
  id: string;
  prompt: string;
  type: ScorecardQuestionType;
  required: boolean;
  /** Objects, not strings: react-hook-form's field arrays need them. */
  options: Array<{ value: string }>;
}

export interface ActivityFormValues {
  test: ChosenTest | null;
  reviewerIds: string[];
  scorecardKind: 'template' | 'questions';
  templateId: string;
  /** Kept while a template is chosen, so switching back loses nothing. */
  questions: QuestionFormValues[];
  feedbackFrom: SendAssessmentActivity['feedbackFrom'];
  autoSend: boolean;
}

const selectTypes: ReadonlySet<ScorecardQuestionType> = new Set(['single_select', 'multi_select']);
export const hasOptions = (type: ScorecardQuestionType) => selectTypes.has(type);

const normalize = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The activity form's schema, built from the (possibly translated) messages. Every rule runs on every submit, so
 * all problems show at once: a test and at least one reviewer; a template, or at least one question; every question
 * with text; choice questions with two or more choices, none empty, none repeated.
 */
export function createActivityFormSchema(messages: ActivityFormMessages) {
  const question = z.object({
    id: z.string(),
    prompt: z.string(),
    type: z.enum(scorecardQuestionTypes),
    required: z.boolean(),
    options: z.array(z.object({ value: z.string() })),
  });
  return z
    .object({
      test: z.nullable(z.object({ id: z.string(), title: z.string(), archived: z.boolean() })),
      reviewerIds: z.array(z.string()),
      scorecardKind: z.enum(['template', 'questions']),
      templateId: z.string(),
      questions: z.array(question),
      feedbackFrom: z.enum(feedbackPolicies),
      autoSend: z.boolean(),
    })
    .check(
      z.superRefine((values, context) => {
        const fail = (path: PropertyKey[], message: string) => context.addIssue({ code: 'custom', path, message });
        if (!values.test) fail(['test'], messages.testRequired);
        if (values.reviewerIds.length === 0) fail(['reviewerIds'], messages.reviewersRequired);
        if (values.scorecardKind === 'template') {
          if (!values.templateId) fail(['templateId'], messages.templateRequired);
          return;
        }
        if (values.questions.length === 0) fail(['questions', 'root'], messages.questionsRequired);
        values.questions.forEach((q, index) => {
          if (!q.prompt.trim()) fail(['questions', index, 'prompt'], messages.questionText);
          if (!hasOptions(q.type)) return;
          const seen = new Set<string>();
          q.options.forEach((option, optionIndex) => {
            const key = normalize(option.value);
            if (!key) fail(['questions', index, 'options', optionIndex, 'value'], messages.optionEmpty);
            else if (seen.has(key)) fail(['questions', index, 'options', optionIndex, 'value'], messages.optionDuplicate);
            else seen.add(key);
          });
          // Two different choices: "Senior" and "senior" are one.
          if (seen.size < 2) {
            fail(['questions', index, 'options', 'root'], messages.optionsTooFew);
          }
        });
      }),
    );
}

/** A new question, with a fresh id (a select question starts with two empty choices to fill in). */
export function newQuestion(type: ScorecardQuestionType = 'stars'): QuestionFormValues {
  return { id: `q-${createIdempotencyKey()}`, prompt: '', type, required: true, options: [] };
}

export function questionToForm(question: ScorecardQuestion): QuestionFormValues {
  return { ...question, options: question.options.map((value) => ({ value })) };
}

/** A template's question as a question of this activity's own, with an id of its own. */
export function copyQuestion(question: ScorecardQuestion): QuestionFormValues {
  return { ...questionToForm(question), id: newQuestion().id };
}

/** The form's starting values: an existing activity's, or a new activity's (every reviewer, not sent automatically). */
export function activityToForm(activity: SendAssessmentActivity | undefined): ActivityFormValues {
  if (!activity) {
    return {
      test: null,
      reviewerIds: [],
      scorecardKind: 'template',
      templateId: '',
      questions: [],
      feedbackFrom: 'every_reviewer',
      autoSend: false,
    };
  }
  const { scorecard } = activity;
  return {
    test: { id: activity.testId, title: activity.testTitle, archived: activity.testArchived },
    reviewerIds: activity.reviewerIds,
    scorecardKind: scorecard.kind,
    templateId: scorecard.kind === 'template' ? scorecard.templateId : '',
    questions: scorecard.kind === 'questions' ? scorecard.questions.map(questionToForm) : [],
    feedbackFrom: activity.feedbackFrom,
    autoSend: activity.autoSend,
  };
}

/**
 * The activity the form describes. Fields of an existing activity the form doesn't show (a host's own, added by
 * its backend) are kept; a new activity gets a fresh id.
 */
export function formToActivity(
  values: ActivityFormValues,
  providerId: string,
  existing: SendAssessmentActivity | undefined,
): SendAssessmentActivity {
  const test = values.test!;
  return {
    ...existing,
    id: existing?.id ?? `act-${createIdempotencyKey()}`,
    type: 'send_assessment',
    providerId,
    testId: test.id,
    testTitle: test.title,
    testArchived: test.archived,
    reviewerIds: values.reviewerIds,
    scorecard:
      values.scorecardKind === 'template'
        ? { kind: 'template', templateId: values.templateId }
        : {
            kind: 'questions',
            questions: values.questions.map((q) => ({
              id: q.id,
              prompt: q.prompt.trim(),
              type: q.type,
              required: q.required,
              options: hasOptions(q.type) ? q.options.map((o) => o.value.trim()) : [],
            })),
          },
    feedbackFrom: values.feedbackFrom,
    autoSend: values.autoSend,
  };
}
