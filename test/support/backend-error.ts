import { expect } from 'vitest';
import { AssessmentBackendError } from '../../src/backend/errors';

/** Awaits a call that must fail with the kit's error class, and returns the error for further assertions. */
export async function backendFailure(promise: Promise<unknown>): Promise<AssessmentBackendError> {
  const error = await promise.then(
    () => {
      throw new Error('Expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AssessmentBackendError);
  return error as AssessmentBackendError;
}
