import { useCallback, useRef, type FormEvent } from 'react';

/**
 * Wraps a form's submit so a second Enter or click before React re-renders does nothing while the first is still
 * validating or writing: it resolves to null instead. The event's default (a page load) is always prevented.
 */
export function useSubmitOnce<Args extends unknown[], Result>(
  run: (...args: Args) => Promise<Result | null>,
): (event: FormEvent | undefined, ...args: Args) => Promise<Result | null> {
  const inFlight = useRef(false);
  return useCallback(
    async (event, ...args) => {
      event?.preventDefault();
      if (inFlight.current) return null;
      inFlight.current = true;
      try {
        return await run(...args);
      } finally {
        inFlight.current = false;
      }
    },
    [run],
  );
}
