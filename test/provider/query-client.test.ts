import { describe, expect, it, vi } from 'vitest';
import { AssessmentBackendError, type BackendErrorCode } from '../../src/backend/errors';
import { createKitQueryClient } from '../../src/data/query-client';

/** Reads through the kit's client with a backend that always fails with `code`; returns how often it was asked. */
async function attemptsFor(code: BackendErrorCode, options?: Parameters<typeof createKitQueryClient>[0]) {
  const client = createKitQueryClient(options);
  let attempts = 0;
  const failure = new AssessmentBackendError(code, 'x');
  await expect(
    client.fetchQuery({
      queryKey: ['read'],
      queryFn: () => {
        attempts += 1;
        throw failure;
      },
      // Only the delay is the test's: the retry decision stays the kit client's.
      retryDelay: 0,
    }),
  ).rejects.toBe(failure);
  return attempts;
}

describe('createKitQueryClient', () => {
  it.each<BackendErrorCode>(['network', 'server'])('tries a read that failed with %s three times in all', async (code) => {
    expect(await attemptsFor(code)).toBe(3);
  });

  it.each<BackendErrorCode>([
    'forbidden',
    'not_found',
    'validation',
    'unauthorized',
    'conflict',
    'invalid_api_key',
    'rate_limited',
    'bad_response',
  ])('never retries a read that failed with %s', async (code) => {
    expect(await attemptsFor(code)).toBe(1);
  });

  it('never retries an error that is not the kit error', async () => {
    const client = createKitQueryClient();
    let attempts = 0;
    await expect(
      client.fetchQuery({
        queryKey: ['read'],
        queryFn: () => {
          attempts += 1;
          throw new TypeError('x is undefined');
        },
        retryDelay: 0,
      }),
    ).rejects.toThrow(TypeError);
    expect(attempts).toBe(1);
  });

  it('retries nothing with retry: false, as tests want', async () => {
    expect(await attemptsFor('network', { retry: false })).toBe(1);
  });

  it('never retries a write on its own: the user retries, with the same idempotency key', async () => {
    const client = createKitQueryClient();
    let attempts = 0;
    const mutation = client.getMutationCache().build(client, {
      mutationFn: async () => {
        attempts += 1;
        throw new AssessmentBackendError('network', 'x');
      },
      retryDelay: 0,
    });
    await expect(mutation.execute(undefined)).rejects.toMatchObject({ code: 'network' });
    expect(attempts).toBe(1);
  });

  it('serves a read from the cache for 30 seconds, then asks the backend again', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const client = createKitQueryClient();
      let calls = 0;
      const read = () => client.fetchQuery({ queryKey: ['read'], queryFn: async () => ++calls });
      await read();
      vi.setSystemTime(Date.now() + 29_999);
      expect(await read()).toBe(1);
      vi.setSystemTime(Date.now() + 2);
      expect(await read()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
