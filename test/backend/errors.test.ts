import { describe, expect, it } from 'vitest';
import {
  AssessmentBackendError,
  backendErrorCodes,
  isAssessmentBackendError,
  isTransientError,
  type BackendErrorCode,
} from '../../src/backend/errors';

describe('isTransientError', () => {
  // Only failures that the same request may get past unchanged are retried on their own. A rate limit waits
  // for Retry-After (the UI counts it down); everything else needs the user or the admin to change something.
  const transient: Record<BackendErrorCode, boolean> = {
    network: true,
    server: true,
    rate_limited: false,
    invalid_api_key: false,
    unauthorized: false,
    forbidden: false,
    not_found: false,
    conflict: false,
    validation: false,
    bad_response: false,
  };

  it('has a decision for every code', () => {
    expect(Object.keys(transient).sort()).toEqual([...backendErrorCodes].sort());
  });

  it.each(Object.entries(transient))('%s is transient: %s', (code, expected) => {
    expect(isTransientError(new AssessmentBackendError(code as BackendErrorCode, 'x'))).toBe(expected);
  });

  it.each([
    ['a TypeError', new TypeError('Failed to fetch')],
    ['an AbortError', new DOMException('Aborted', 'AbortError')],
    ['a look-alike object', { name: 'AssessmentBackendError', code: 'network' }],
    ['a string', 'network'],
    ['nothing', undefined],
  ])('is false for %s, which is not the kit error', (_, error) => {
    expect(isTransientError(error)).toBe(false);
  });
});

describe('AssessmentBackendError', () => {
  it('carries the code, message and details', () => {
    const cause = new Error('socket hang up');
    const error = new AssessmentBackendError('rate_limited', 'Slow down', {
      status: 429,
      retryAfterSeconds: 30,
      fieldErrors: { apiKey: 'Try later' },
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'AssessmentBackendError',
      code: 'rate_limited',
      message: 'Slow down',
      status: 429,
      retryAfterSeconds: 30,
      fieldErrors: { apiKey: 'Try later' },
      cause,
    });
    expect(String(error)).toBe('AssessmentBackendError: Slow down');
  });

  it('defaults the details to empty values a UI can read without checks', () => {
    const error = new AssessmentBackendError('server', 'Boom');
    expect(error.fieldErrors).toEqual({});
    expect(error.retryAfterSeconds).toBeNull();
    expect(error.status).toBeNull();
    expect('cause' in error).toBe(false);
  });

  it('keeps a zero Retry-After rather than dropping it', () => {
    expect(new AssessmentBackendError('rate_limited', 'x', { retryAfterSeconds: 0 }).retryAfterSeconds).toBe(0);
  });

  it('is recognised by isAssessmentBackendError, and nothing else is', () => {
    expect(isAssessmentBackendError(new AssessmentBackendError('network', 'x'))).toBe(true);
    expect(isAssessmentBackendError(new Error('x'))).toBe(false);
    expect(isAssessmentBackendError({ name: 'AssessmentBackendError', code: 'network' })).toBe(false);
    expect(isAssessmentBackendError(null)).toBe(false);
  });
});
