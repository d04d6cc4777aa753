import { useIsMutating, useQueryClient, type MutationCache } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { isAssessmentBackendError, type ConflictReason } from '../../backend/errors';
import { fingerprintOf } from '../../data/idempotency';
import { feedbackMutationScope, useAssessmentFeedback, useSaveFeedbackDraft, useSubmitFeedback } from '../../data/hooks/use-feedback';
import { useAssessmentKit } from '../../data/kit-context';
import type { AssessmentFeedback, FeedbackAnswers } from '../../domain/feedback';
import { FEEDBACK_TEXT_MAX_LENGTH } from '../../domain/feedback-rules';
import { applyFieldErrors } from '../../ui/form-errors';
import { schemaResolver } from '../../ui/schema-resolver';
import { useRetainedError } from '../../ui/use-retained-error';
import { createFeedbackFormSchema, fieldName, toAnswers, toFormValues, type FeedbackFormValues } from './schema';
import { useFeedbackFormat } from './format';
import type { FeedbackText } from './text';

export interface UseAssessmentFeedbackFormOptions {
  assessmentId: string;
  text: FeedbackText;
  /** How long after the last change the draft is saved (default 800 ms). */
  autosaveDelayMs?: number;
  /** After the feedback was submitted; the view then shows it read-only. */
  onSubmitted?: (feedback: AssessmentFeedback) => void;
}

/**
 * What the reviewer sees:
 * - `loading`, `error` (with the retained error, so a retry doesn't blink);
 * - `not_open`: the assessment is not completed; `not_reviewer`: the user is not one of its reviewers (read-only);
 * - `submitted`: their feedback is in (read-only); `form`: they are giving it.
 */
export type FeedbackView = 'loading' | 'error' | 'not_open' | 'not_reviewer' | 'submitted' | 'form';

/**
 * Where the draft stands: nothing to save yet, saving (`retrying` after a failure, so Retry stays where it was),
 * saved (`at`, ISO), or not saved (the answers stay in the form).
 */
export type DraftStatus =
  | { state: 'idle' }
  | { state: 'saving'; retrying: boolean }
  | { state: 'saved'; at: string }
  | { state: 'failed'; error: unknown };

/** A refusal the backend gave a write: shown above the form, which keeps the reviewer's answers. */
export type FeedbackRefusal = Extract<ConflictReason, 'feedback_submitted' | 'feedback_not_open'> | 'forbidden';

const DEFAULT_AUTOSAVE_MS = 800;

function refusalOf(error: unknown): FeedbackRefusal | null {
  if (!isAssessmentBackendError(error)) return null;
  if (error.code === 'forbidden') return 'forbidden';
  if (error.reason === 'feedback_submitted' || error.reason === 'feedback_not_open') return error.reason;
  return null;
}

/** The answers of the newest write of this feedback that never reached the backend (failed), if it is the newest. */
function unsavedAnswers(mutations: MutationCache, scopeId: string): FeedbackAnswers | null {
  const latest = mutations
    .findAll({ predicate: (mutation) => mutation.options.scope?.id === scopeId })
    .sort((a, b) => a.state.submittedAt - b.state.submittedAt)
    .at(-1);
  // useIdempotentMutation's variables are `{ input, idempotencyKey }`; the input is the answers.
  return latest?.state.status === 'error' ? ((latest.state.variables as { input: FeedbackAnswers }).input ?? null) : null;
}

/**
 * The headless reviewer form behind `AssessmentFeedbackForm`: the feedback query, a form built from the scorecard's
 * questions (schema from the translated messages), the draft saved as the reviewer goes, and the submit.
 *
 * The backend is the source of truth for drafts: answers load from the reviewer's saved draft, and every change is
 * saved (debounced) through it. A save that fails keeps the answers in the form, says they are not saved and tries
 * again on the next change, on Retry, and when the browser comes back online; while anything is unsaved, leaving
 * the page asks first. A remount within the page picks up answers whose save failed (from the mutation cache).
 * Nothing is written to browser storage: candidate evaluations don't belong on a shared computer's disk.
 *
 * Submitting asks for confirmation, then sends once (a double click is one request; Retry reuses the key).
 */
export function useAssessmentFeedbackForm({
  assessmentId,
  text: t,
  autosaveDelayMs = DEFAULT_AUTOSAVE_MS,
  onSubmitted,
}: UseAssessmentFeedbackFormOptions) {
  const { announce } = useAssessmentKit('useAssessmentFeedbackForm');
  const format = useFeedbackFormat();
  const queryClient = useQueryClient();
  const query = useAssessmentFeedback(assessmentId);
  const error = useRetainedError(query);
  const saveDraft = useSaveFeedbackDraft(assessmentId);
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
  const form = useForm<FeedbackFormValues>({
    resolver: schemaResolver(schema),
    // Checked on submit, then again on each change (react-hook-form's defaults).
    defaultValues: {},
  });
  const { getValues, reset, watch, setError } = form;

  const [draft, setDraftState] = useState<DraftStatus>({ state: 'idle' });
  const draftRef = useRef(draft);
  const setDraft = useCallback((next: DraftStatus) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  const [refusal, setRefusal] = useState<FeedbackRefusal | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  /** Fingerprint of the answers the backend holds (loaded or saved): nothing to save while the form matches it. */
  const savedFingerprint = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Autosave pauses while the submit runs, and stops for good once it succeeded. */
  const paused = useRef(false);
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
  /** The draft line's Retry and its status text: when Retry goes away with focus on it, focus moves to the status. */
  const retryElement = useRef<HTMLElement | null>(null);
  const draftStatusElement = useRef<HTMLElement | null>(null);
  const draftRefs = useMemo(
    () => ({
      retry: (element: HTMLElement | null) => void (retryElement.current = element),
      status: (element: HTMLElement | null) => void (draftStatusElement.current = element),
    }),
    [],
  );
  const focusStatusNext = useRef(false);
  useEffect(() => {
    if (!focusStatusNext.current) return;
    focusStatusNext.current = false;
    draftStatusElement.current?.focus();
  }, [draft]);
  /** The notice that says why the backend refused: focus goes there when the write that was refused had it. */
  const refusalElement = useRef<HTMLElement | null>(null);
  const refusalRef = useCallback((element: HTMLElement | null) => void (refusalElement.current = element), []);
  /** Focuses the refusal notice when one is shown; false when there is none. */
  const focusRefusal = useCallback(() => {
    refusalElement.current?.focus();
    return refusalElement.current !== null;
  }, []);
  const focusQuestion = useCallback((name: string) => {
    const element = questionElements.current.get(name);
    (element?.querySelector<HTMLElement>('input:checked') ?? element?.querySelector<HTMLElement>('input, textarea'))?.focus();
  }, []);

  // Fill the form once, from the saved draft, after any write still under way (a save flushed by a previous mount)
  // has landed; answers whose save failed come back instead of the older draft.
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    if (filled || view !== 'form' || writing || !feedback) return;
    const unsaved = unsavedAnswers(queryClient.getMutationCache(), scopeId);
    reset(toFormValues(feedback.questions, unsaved ?? own?.answers ?? null));
    savedFingerprint.current = fingerprintOf(own?.answers ?? {});
    if (unsaved) setDraft({ state: 'failed', error: null });
    else if (own?.updatedAt) setDraft({ state: 'saved', at: own.updatedAt });
    setFilled(true);
  }, [filled, view, writing, feedback, own, queryClient, scopeId, reset, setDraft]);

  const cancelTimer = () => {
    clearTimeout(timer.current ?? undefined);
    timer.current = null;
  };

  const { refetch } = query;
  /** The backend refused a write for good: say why; when the feedback was submitted elsewhere, show what was. */
  const refuse = useCallback(
    (reason: FeedbackRefusal | null) => {
      setRefusal(reason);
      if (reason === 'feedback_submitted') void refetch();
    },
    [refetch],
  );

  const { mutateAsync: sendDraft } = saveDraft;
  /**
   * Saves the form's answers now, unless the backend already holds them. Each state it enters is said once (the
   * countdown before it means a pause, never a keystroke), a failure every time, a retry's too. When the save ends
   * with focus on Retry, which then goes away, focus moves to the status, which says it there.
   */
  const saveNow = useCallback(async () => {
    cancelTimer();
    if (paused.current) return;
    const answers = toAnswers(questions, getValues());
    const fingerprint = fingerprintOf(answers);
    if (fingerprint === savedFingerprint.current) {
      if (draftRef.current.state === 'failed') setDraft({ state: 'idle' });
      return;
    }
    setDraft({ state: 'saving', retrying: draftRef.current.state === 'failed' });
    announce(t.draft.saving);
    try {
      const result = await sendDraft(answers);
      savedFingerprint.current = fingerprint;
      const saved = result.reviewers.find((reviewer) => reviewer.reviewerId === result.viewerReviewerId);
      const retryFocused = retryElement.current !== null && retryElement.current === document.activeElement;
      focusStatusNext.current = retryFocused;
      setDraft(saved?.updatedAt ? { state: 'saved', at: saved.updatedAt } : { state: 'idle' });
      if (saved?.updatedAt && !retryFocused) announce(t.draft.saved(format.time(saved.updatedAt)));
    } catch (saveError) {
      if (paused.current) return;
      setDraft({ state: 'failed', error: saveError });
      const refused = refusalOf(saveError);
      refuse(refused);
      // A refusal is said in its own words, now: the reviewer is typing into a form the backend won't take. Feedback
      // submitted elsewhere replaces the form, and focus goes to the notice, which says it.
      if (!refused) announce(t.draft.failedAnnouncement);
      else if (refused !== 'feedback_submitted') announce(t.refused[refused], 'assertive');
    }
  }, [questions, getValues, sendDraft, setDraft, announce, t, format, refuse]);
  const saveNowRef = useRef(saveNow);
  saveNowRef.current = saveNow;

  // Each change (re)starts the countdown to a save.
  useEffect(() => {
    if (!filled) return;
    const subscription = watch(() => {
      cancelTimer();
      timer.current = setTimeout(() => void saveNowRef.current(), autosaveDelayMs);
    });
    return () => subscription.unsubscribe();
  }, [filled, watch, autosaveDelayMs]);

  // Leaving: a pending change is saved now (the request outlives the component); the page asks before unloading
  // anything unsaved; coming back online retries a failed save.
  useEffect(() => {
    if (!filled) return;
    const unsaved = () => timer.current !== null || draftRef.current.state === 'saving' || draftRef.current.state === 'failed';
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved() || paused.current) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    // Saves only what the backend doesn't hold yet, so nothing happens when all is saved.
    const onOnline = () => void saveNowRef.current();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('online', onOnline);
      if (timer.current !== null) void saveNowRef.current();
    };
  }, [filled]);

  const fields = useMemo(() => questions.map((question, index) => ({ question, name: fieldName(index) })), [questions]);

  /** Checks the answers; when they are complete, asks for confirmation. RHF focuses the first unanswered question. */
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
  }, [questions, getValues, sendSubmit, resetSubmit, announce, t, onSubmitted, setError, fields, focusQuestion, refuse, focusRefusal]);

  /** For the confirmation's `onCloseAutoFocus`: true when focus was placed (or deliberately left) elsewhere. */
  const takeFocusAfterClose = useCallback(() => {
    const run = afterClose.current;
    afterClose.current = null;
    run?.();
    return run !== null;
  }, []);

  return {
    query,
    feedback,
    error,
    view,
    own,
    fields,
    form,
    questionRef,
    filled,
    draft,
    draftRefs,
    saveNow,
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

export type AssessmentFeedbackFormState = ReturnType<typeof useAssessmentFeedbackForm>;
