import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { isAssessmentBackendError, isTransientError } from '../backend/errors';
import { applyFieldErrors } from './form-errors';

/**
 * Why a form's last write failed, when it's not about one field (one type for every write form):
 * - `retryable`: network, 5xx, rate limit or an unreadable answer: Try again sends the same intent (same key).
 * - `rejected`: the backend refused it for a reason the user can act on (`message` says what to do, when known).
 */
export type FormSubmitError = { kind: 'retryable'; error: unknown } | { kind: 'rejected'; error: unknown; message: string | null };

/** Whether sending the same intent again may succeed. Anything that isn't the backend's own error may. */
export function isRetryableSubmitError(error: unknown): boolean {
  return !isAssessmentBackendError(error) || isTransientError(error) || error.code === 'rate_limited' || error.code === 'bad_response';
}

export interface SubmitFailureOptions<TValues extends FieldValues> {
  setError: UseFormSetError<TValues>;
  /** Backend paths to form fields, in the form's order (see `applyFieldErrors`). */
  fields: Readonly<Record<string, FieldPath<TValues>>>;
  /** The form's own (translated) message for a field, over the server's. */
  message: (field: FieldPath<TValues>, serverMessage: string) => string;
  /** Moves focus to the first field with an error (once the write has settled). */
  focus: (field: FieldPath<TValues>) => void;
}

/**
 * One rule for a failed write: a validation error goes onto its fields (the first focused), and what no field
 * took, or any other refusal, is a form-level `rejected`; the rest is `retryable`. Returns the form-level error
 * (null when every problem found its field) and the fields that got one.
 */
export function submitFailure<TValues extends FieldValues>(
  error: unknown,
  { setError, fields, message, focus }: SubmitFailureOptions<TValues>,
): { formError: FormSubmitError | null; applied: Array<FieldPath<TValues>> } {
  if (isRetryableSubmitError(error)) return { formError: { kind: 'retryable', error }, applied: [] };
  if (!isAssessmentBackendError(error) || error.code !== 'validation') return { formError: { kind: 'rejected', error, message: null }, applied: [] };
  const { applied, unmatched } = applyFieldErrors(setError, error.fieldErrors, fields, { shouldFocus: false, message });
  if (applied[0]) focus(applied[0]);
  const leftOver = Object.values(unmatched);
  return { applied, formError: applied.length === 0 || leftOver.length > 0 ? { kind: 'rejected', error, message: leftOver[0] ?? null } : null };
}
