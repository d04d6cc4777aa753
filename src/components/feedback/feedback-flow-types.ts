/** The feedback flow's shared types and the rules for reading a failed write; no React here. */
import type { MutationCache } from '@tanstack/react-query';
import { isAssessmentBackendError, type ConflictReason } from '../../backend/errors';
import type { TextOverrides } from '../../data/text';
import type { AssessmentFeedback, FeedbackAnswers } from '../../domain/feedback';

export interface UseAssessmentFeedbackFormOptions {
  assessmentId: string;
  /** Text overrides (`feedback`), over the provider's, as a component's `text` prop takes them. */
  text?: TextOverrides;
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

/**
 * Where the reviewer's form starts, taken once when it can be filled: the values (their saved draft, or answers whose
 * save failed), the answers the backend holds, and what the draft line says about them.
 */
export interface FeedbackStart {
  values: Record<string, string | string[] | undefined>;
  saved: FeedbackAnswers;
  draft: DraftStatus;
}

/** A refusal the backend gave a write: shown above the form, which keeps the reviewer's answers. */
export type FeedbackRefusal = Extract<ConflictReason, 'feedback_submitted' | 'feedback_not_open'> | 'forbidden';

export const DEFAULT_AUTOSAVE_MS = 800;

export function refusalOf(error: unknown): FeedbackRefusal | null {
  if (!isAssessmentBackendError(error)) return null;
  if (error.code === 'forbidden') return 'forbidden';
  if (error.reason === 'feedback_submitted' || error.reason === 'feedback_not_open') return error.reason;
  return null;
}

/** The answers of the newest write of this feedback that never reached the backend (failed), if it is the newest. */
export function unsavedAnswers(mutations: MutationCache, scopeId: string): FeedbackAnswers | null {
  const latest = mutations
    .findAll({ predicate: (mutation) => mutation.options.scope?.id === scopeId })
    .sort((a, b) => a.state.submittedAt - b.state.submittedAt)
    .at(-1);
  // useIdempotentMutation's variables are `{ input, idempotencyKey }`; the input is the answers.
  return latest?.state.status === 'error' ? ((latest.state.variables as { input: FeedbackAnswers }).input ?? null) : null;
}

