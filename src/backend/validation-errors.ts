import { AssessmentBackendError } from './errors';

/*
 * The `validation` errors a store implementing the contract throws (the server half and the in-memory mock), so a
 * field error reads the same from either.
 */

interface Issue {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** A `validation` error whose fieldErrors are keyed by dotted path (`stages.0.activities.1.testId`). */
export function validationErrorFromIssues(issues: readonly Issue[], prefix = ''): AssessmentBackendError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '_body';
    fieldErrors[path] ??= issue.message;
  }
  return new AssessmentBackendError('validation', 'The request is not valid.', { fieldErrors });
}

export function validationError(field: string, message: string): AssessmentBackendError {
  return new AssessmentBackendError('validation', message, { fieldErrors: { [field]: message } });
}
