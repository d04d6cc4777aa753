import { useWatch } from 'react-hook-form';
import type { FormField } from '../../data/form-field';
import type { AssessmentFeedback, ReviewerFeedback } from '../../domain/feedback';
import type { ScorecardQuestion } from '../../domain/scorecard';
import type { DraftStatus, FeedbackRefusal, FeedbackView, UseAssessmentFeedbackFormOptions } from './feedback-flow-types';
import type { FeedbackFieldValue } from './schema';
import { useFeedbackFlow } from './useFeedbackFlow';

/** One scorecard question and the field that holds its answer (see `FeedbackFieldValue` for the value's shape). */
export interface FeedbackQuestionBinding {
  question: ScorecardQuestion;
  field: FormField<FeedbackFieldValue>;
}

/** What a host needs to draw its own reviewer form; the kit's `AssessmentFeedbackForm` is one way to draw it. */
export interface AssessmentFeedbackFormState {
  view: FeedbackView;
  /** The feedback as loaded: the assessment, its questions and every reviewer's state. */
  feedback: AssessmentFeedback | undefined;
  /** The signed-in reviewer's own entry, or null when they are not a reviewer. */
  own: ReviewerFeedback | null;
  /** Why the feedback didn't load (kept while a retry runs), for `view === 'error'`. */
  error: unknown;
  retry: () => void;
  retrying: boolean;
  /** True once the form holds the reviewer's saved answers; before, the fields are empty and nothing autosaves. */
  ready: boolean;
  /** One per question, in the scorecard's order. */
  questions: readonly FeedbackQuestionBinding[];
  draft: DraftStatus;
  /** Saves the draft now (a Retry button), unless the backend holds these answers already. */
  saveNow: () => Promise<void>;
  /** Why the backend refused a write, shown above the form; the answers stay. */
  refusal: FeedbackRefusal | null;
  /** Checks the answers: with one missing, its field gets the error; when complete, the confirmation opens. */
  requestSubmit: () => void;
  confirmOpen: boolean;
  setConfirmOpen: (open: boolean) => void;
  /** Submits, once however often it is called while running; a failure other than a refusal stays in `submitError`. */
  confirmSubmit: () => Promise<void>;
  submitting: boolean;
  submitError: Error | null;
}

/**
 * The headless reviewer form: the same loading, drafts, refusals and submit as `AssessmentFeedbackForm`, for a host
 * that draws its own UI. Text overrides (`text.feedback`, for the validation messages and what is announced) merge
 * over the provider's, as for the component.
 */
export function useAssessmentFeedbackForm(options: UseAssessmentFeedbackFormOptions): AssessmentFeedbackFormState {
  const flow = useFeedbackFlow(options);
  const { form } = flow;
  // Subscribed here, in the hook a host renders with: the kit's own form reads each field where it is drawn.
  const values = useWatch({ control: form.control });
  const { errors, isSubmitted } = form.formState;
  return {
    view: flow.view,
    feedback: flow.feedback,
    own: flow.own,
    error: flow.error,
    retry: flow.retry,
    retrying: flow.retrying,
    ready: flow.filled,
    questions: flow.fields.map(({ question, name }) => ({
      question,
      field: {
        name,
        value: values[name],
        error: errors[name]?.message,
        // Checked on submit, then again on each change, as the kit's form does.
        onChange: (value) => form.setValue(name, value, { shouldDirty: true, shouldValidate: isSubmitted }),
        onBlur: () => undefined,
      },
    })),
    draft: flow.draft,
    saveNow: flow.saveNow,
    refusal: flow.refusal,
    requestSubmit: () => void flow.requestSubmit(),
    confirmOpen: flow.confirmOpen,
    setConfirmOpen: flow.setConfirmOpen,
    confirmSubmit: flow.confirmSubmit,
    submitting: flow.submitting,
    submitError: flow.submitError,
  };
}
