import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { fingerprintOf } from '../../data/idempotency';
import { useSaveFeedbackDraft } from '../../data/hooks/use-feedback';
import { useAssessmentKit } from '../../data/kit-context';
import type { ScorecardQuestion } from '../../domain/scorecard';
import { useLatestRef } from '../../ui/use-latest-ref';
import { refusalOf, type DraftStatus, type FeedbackRefusal, type FeedbackStart } from './feedback-flow-types';
import { useFeedbackFormat } from './format';
import { toAnswers, type FeedbackFormValues } from './schema';
import type { FeedbackText } from './text';

const IDLE: DraftStatus = { state: 'idle' };

interface FeedbackDraftOptions {
  assessmentId: string;
  questions: readonly ScorecardQuestion[];
  form: Pick<UseFormReturn<FeedbackFormValues>, 'getValues' | 'watch'>;
  /** Where the form started, once it could (before, nothing autosaves). */
  start: FeedbackStart | null;
  autosaveDelayMs: number;
  t: FeedbackText;
  /** The backend refused a save for good. */
  refuse: (reason: FeedbackRefusal | null) => void;
}

/**
 * The draft saved as the reviewer goes: each change (re)starts a countdown to a save; a failure keeps the answers
 * in the form, says so, and tries again on the next change, on Retry, and when the browser comes back online;
 * leaving with anything unsaved saves it (the request outlives the component) and the page asks before unloading.
 */
export function useFeedbackDraft({ assessmentId, questions, form, start, autosaveDelayMs, t, refuse }: FeedbackDraftOptions) {
  const { announce } = useAssessmentKit('useAssessmentFeedbackForm');
  const format = useFeedbackFormat();
  const { mutateAsync: sendDraft } = useSaveFeedbackDraft(assessmentId);
  const { getValues, watch } = form;
  const filled = start !== null;
  // Until a save changes it, the draft is where the form started; the ref answers callbacks between renders.
  const [changed, setChanged] = useState<DraftStatus | null>(null);
  const draft: DraftStatus = changed ?? start?.draft ?? IDLE;
  const draftRef = useRef<DraftStatus | null>(null);
  const currentDraft = useCallback((): DraftStatus => draftRef.current ?? start?.draft ?? IDLE, [start]);
  const setDraft = useCallback((next: DraftStatus) => {
    draftRef.current = next;
    setChanged(next);
  }, []);
  /**
   * Fingerprint of the answers the backend holds: those the form started from until a save lands. Nothing is saved
   * while the form matches it.
   */
  const savedFingerprint = useRef<number | null>(null);
  const backendHolds = useCallback(
    () => savedFingerprint.current ?? (start ? fingerprintOf(start.saved) : null),
    [start],
  );
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Autosave pauses while the submit runs, and stops for good once it succeeded. */
  const paused = useRef(false);
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

  const cancelTimer = useCallback(() => {
    clearTimeout(timer.current ?? undefined);
    timer.current = null;
  }, []);

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
    if (fingerprint === backendHolds()) {
      if (currentDraft().state === 'failed') setDraft({ state: 'idle' });
      return;
    }
    setDraft({ state: 'saving', retrying: currentDraft().state === 'failed' });
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
  }, [questions, getValues, sendDraft, setDraft, currentDraft, backendHolds, announce, t, format, refuse, cancelTimer]);
  // The latest saveNow for the timers and listeners below.
  const saveNowRef = useLatestRef(saveNow);

  // Each change (re)starts the countdown to a save.
  useEffect(() => {
    if (!filled) return;
    const subscription = watch(() => {
      cancelTimer();
      timer.current = setTimeout(() => void saveNowRef.current(), autosaveDelayMs);
    });
    return () => subscription.unsubscribe();
  }, [filled, watch, autosaveDelayMs, cancelTimer, saveNowRef]);

  // Leaving: a pending change is saved now (the request outlives the component); the page asks before unloading
  // anything unsaved; coming back online retries a failed save.
  useEffect(() => {
    if (!filled) return;
    const unsaved = () => timer.current !== null || currentDraft().state === 'saving' || currentDraft().state === 'failed';
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
  }, [filled, saveNowRef, currentDraft]);

  return { draft, draftRefs, saveNow, cancelTimer, paused };
}
