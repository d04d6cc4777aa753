// The kit's default QueryClient, without React, so a server (a loader, a React Server Component) can make one to
// prefetch into: the built module carries no 'use client'.
import { QueryClient } from '@tanstack/react-query';
import { isTransientError } from '../backend/errors';

/**
 * The kit's default client: reads retry transient failures (network, 5xx) twice; writes never retry on their
 * own (the user retries, with the same idempotency key). `retry: false` suits tests.
 */
export function createKitQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? (failureCount, error) => failureCount < 2 && isTransientError(error) : false,
      },
      mutations: { retry: false },
    },
  });
}
