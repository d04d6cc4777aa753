import { isAssessmentBackendError } from '../backend/errors';
import type { CommonText } from './text';

/** The user-facing sentence for any thrown value, from the (possibly overridden) common text. */
export function errorMessage(error: unknown, text: CommonText): string {
  if (!isAssessmentBackendError(error)) return text.errors.unknown;
  if (error.code === 'rate_limited') return text.errors.rate_limited(error.retryAfterSeconds);
  return text.errors[error.code];
}
