import { useIsMutating, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { isAssessmentBackendError } from '../../backend/errors';
import { feedbackMutationScope, useAssessmentFeedback, useSubmitFeedback } from '../../data/hooks/use-feedback';
import { useAssessmentKit, useKitText } from '../../data/kit-context';
import type { AssessmentFeedback, ReviewerFeedback } from '../../domain/feedback';
import { FEEDBACK_TEXT_MAX_LENGTH } from '../../domain/feedback-rules';
import type { ScorecardQuestion } from '../../domain/scorecard';
import { applyFieldErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/schema-resolver';
import { useValuesApplied } from '../../ui/use-values-applied';
import { useRetainedError } from '../../ui/use-retained-error';
import {
  DEFAULT_AUTOSAVE_MS,
  refusalOf,
  unsavedAnswers,
  type DraftStatus,
  type FeedbackRefusal,
  type FeedbackStart,
  type FeedbackView,
  type UseAssessmentFeedbackFormOptions,
} from './feedback-flow-types';
import { createFeedbackFormSchema, fieldName, toAnswers, toFormValues, type FeedbackFormValues } from './schema';
import { feedbackText } from './text';
import { useFeedbackDraft } from './useFeedbackDraft';

/** Everything the kit's own form draws from; the public hook returns a smaller, library-free view of it. */
export interface FeedbackFlow {
  feedback: AssessmentFeedback | undefined;
  /** The load failure, kept while a retry runs. */
  error: unknown;
  retry: () => void;
  retrying: boolean;
  view: FeedbackView;
  own: ReviewerFeedback | null;
  fields: ReadonlyArray<{ question: ScorecardQuestion; name: string }>;
  form: UseFormReturn<FeedbackFormValues>;
  /** Each question's element, so the flow can focus the answer the backend refused. */
  questionRef: (name: string) => (element: HTMLElement | null) => void;
  filled: boolean;
  draft: DraftStatus;
  draftRefs: { retry: (element: HTMLElement | null) => void; status: (element: HTMLElement | null) => void };
  saveNow: () => Promise<void>;
  refusal: FeedbackRefusal | null;
  refusalRef: (element: HTMLElement | null) => void;
  /** Focuses the refusal notice when one is shown; false when there is none. */
  focusRefusal: () => boolean;
  /** Checks the answers; when they are complete, asks for confirmation. */
  requestSubmit: (event?: FormEvent) => Promise<void>;
  confirmOpen: boolean;
  setConfirmOpen: (open: boolean) => void;
  confirmSubmit: () => Promise<void>;
  submitting: boolean;
  submitError: Error | null;
  /** For the confirmation's `onCloseAutoFocus`: true when focus was placed (or deliberately left) elsewhere. */
  takeFocusAfterClose: () => boolean;
}

/**
 * The reviewer form behind `AssessmentFeedbackForm` and `useAssessmentFeedbackForm`: the feedback query, a form built
 * from the scorecard's questions (schema from the translated messages), the draft saved as the reviewer goes
 * (`useFeedbackDraft`), and the submit.
 *
 * The backend is the source of truth for drafts: answers load from the reviewer's saved draft. A remount within the
 * page picks up answers whose save failed (from the mutation cache). Nothing is written to browser storage:
 * candidate evaluations don't belong on a shared computer's disk.
 *
 * Submitting asks for confirmation, then sends once (a double click is one request; Retry reuses the key).
 */
export function useFeedbackFlow({ assessmentId, text: textOverrides, autosaveDelayMs = DEFAULT_AUTOSAVE_MS, onSubmitted }: UseAssessmentFeedbackFormOptions): FeedbackFlow {
  const t = useKitText('feedback', feedbackText, textOverrides);
  const { announce } = useAssessmentKit('useAssessmentFeedbackForm');
  const queryClient = useQueryClient();
  const query = useAssessmentFeedback(assessmentId);
  const error = useRetainedError(query);
  const submit = useSubmitFeedback(assessmentId);
  const scopeId = feedbackMutationScope(assessmentId).id;
  const writing = useIsMutating({ predicate: (mutation) => mutation.options.scope?.id === scopeId }) > 0;

  const feedback = query.data;
  const questions = useMemo(() => feedback?.questions ?? [], [feedback?.questions]);
  const own = feedback?.reviewers.find((reviewer) => reviewer.reviewerId === feedback.viewerReviewerId) ?? null;

  let view: FeedbackView;
  if (!feedback) view = error ? 'error' : 'loading';
  else if (feedback.assessment.status !== 'completed') view = 'not_open';
  else if (!own) view = 'not_reviewer';
  else if (own.state === 'submitted') view = 'submitted';
  else view = 'form';

  const schema = useMemo(
    () => createFeedbackFormSchema(questions, { required: t.errors.required, textTooLong: t.errors.textTooLong(FEEDBACK_TEXT_MAX_LENGTH) }),
    [questions, t],
  );
  // The form starts once, from the saved draft, after any write still under way (a save flushed by a previous mount)
  // has landed; answers whose save failed come back instead of the older draft. Taken while rendering, so the form
  // is handed its values as it first shows (react-hook-form's `values`), with no effect to fill it afterwards.
  const [start, setStart] = useState<FeedbackStart | null>(null);
  if (start === null && view === 'form' && !writing && feedback) {
    const unsaved = unsavedAnswers(queryClient.getMutationCache(), scopeId);
    const saved = own?.answers ?? {};
    let draftStatus: DraftStatus = { state: 'idle' };
    if (unsaved) draftStatus = { state: 'failed', error: null };
    else if (own?.updatedAt) draftStatus = { state: 'saved', at: own.updatedAt };
    setStart({ values: toFormValues(feedback.questions, unsaved ?? saved), saved, draft: draftStatus });
  }
  const form = useForm<FeedbackFormValues>({
    resolver: schemaResolver(schema),
    // Checked on submit, then again on each change (react-hook-form's defaults).
    values: start?.values,
  });
  const { getValues, setError } = form;
  // Shown once the form holds its start (react-hook-form takes `values` in an effect after this render).
  const filled = useValuesApplied(form.control, start?.values);

  const [refusal, setRefusal] = useState<FeedbackRefusal | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  /** Runs when the confirmation closes: focus an invalid answer, or nothing (the view changed). */
  const afterClose = useRef<(() => void) | null>(null);
  /** Each question's element, to focus its chosen option (or its first) when the backend refused its answer. */
  const questionElements = useRef(new Map<string, HTMLElement>());
  const questionRef = useCallback(
    (name: string) => (element: HTMLElement | null) => {
      if (element) questionElements.current.set(name, element);
      else questionElements.current.delete(name);
    },
    [],
  );
  /** The notice that says why the backend refused: focus goes there when the write that was refused had it. */
  const refusalElement = useRef<HTMLElement | null>(null);
  const refusalRef = useCallback((element: HTMLElement | null) => void (refusalElement.current = element), []);
  const focusRefusal = useCallback(() => {
    refusalElement.current?.focus();
    return refusalElement.current !== null;
  }, []);
  const focusQuestion = useCallback((name: string) => {
    const element = questionElements.current.get(name);
    (element?.querySelector<HTMLElement>('input:checked') ?? element?.querySelector<HTMLElement>('input, textarea'))?.focus();
  }, []);

  const { refetch } = query;
  /** The backend refused a write for good: say why; when the feedback was submitted elsewhere, show what was. */
  const refuse = useCallback(
    (reason: FeedbackRefusal | null) => {
      setRefusal(reason);
      if (reason === 'feedback_submitted') void refetch();
    },
    [refetch],
  );
  const draft = useFeedbackDraft({ assessmentId, questions, form, start, autosaveDelayMs, t, refuse });
  const { cancelTimer, paused } = draft;

  const fields = useMemo(() => questions.map((question, index) => ({ question, name: fieldName(index) })), [questions]);

  /** RHF focuses the first unanswered question. */
  const requestSubmit = form.handleSubmit(() => {
    submit.reset();
    setConfirmOpen(true);
  });

  const { mutateAsync: sendSubmit, reset: resetSubmit } = submit;
  const confirmSubmit = useCallback(async () => {
    cancelTimer();
    paused.current = true;
    const answers = toAnswers(questions, getValues());
    try {
      const result = await sendSubmit(answers);
      setRefusal(null);
      afterClose.current = () => undefined;
      setConfirmOpen(false);
      announce(t.submit.done);
      onSubmitted?.(result);
    } catch (submitError) {
      paused.current = false;
      // A refusal or a rejected answer closes the confirmation and the form shows why; anything else (network,
      // server, session) stays in the confirmation with the error, where the button tries again.
      const refused = refusalOf(submitError);
      const invalid = isAssessmentBackendError(submitError) && submitError.code === 'validation' ? submitError : null;
      if (!refused && !invalid) return;
      resetSubmit();
      setConfirmOpen(false);
      if (refused) {
        refuse(refused);
        afterClose.current = focusRefusal;
        return;
      }
      const { applied } = applyFieldErrors(setError, invalid!.fieldErrors, Object.fromEntries(fields.map((f) => [`answers.${f.question.id}`, f.name])), {
        message: () => t.errors.invalid,
        shouldFocus: false,
      });
      const first = applied[0];
      afterClose.current = first ? () => focusQuestion(first) : null;
    }
  }, [questions, getValues, sendSubmit, resetSubmit, announce, t, onSubmitted, setError, fields, focusQuestion, refuse, focusRefusal, cancelTimer, paused]);

  const takeFocusAfterClose = useCallback(() => {
    const run = afterClose.current;
    afterClose.current = null;
    run?.();
    return run !== null;
  }, []);

  return {
    feedback,
    error,
    retry: () => void refetch(),
    retrying: query.isFetching,
    view,
    own,
    fields,
    form,
    questionRef,
    filled,
    draft: draft.draft,
    draftRefs: draft.draftRefs,
    saveNow: draft.saveNow,
    refusal,
    refusalRef,
    focusRefusal,
    requestSubmit,
    confirmOpen,
    setConfirmOpen,
    confirmSubmit,
    submitting: submit.isPending,
    submitError: submit.error,
    takeFocusAfterClose,
  };
}
