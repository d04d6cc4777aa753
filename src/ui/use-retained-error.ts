import { useRef } from 'react';

/**
 * A query's error, kept while a retry runs. TanStack Query clears the error of a query without data as soon as it
 * refetches, so an error view would blink to a loading state and take the focused "Try again" with it. With this,
 * the error view (and its button, pending) stays until the retry settles.
 */
export function useRetainedError(query: { error: unknown; isFetching: boolean }): unknown {
  const last = useRef<unknown>(null);
  if (query.error) last.current = query.error;
  else if (!query.isFetching) last.current = null;
  return query.error ?? last.current;
}
