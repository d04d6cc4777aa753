import { useCallback, useMemo, useRef } from 'react';

export function createIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Older runtimes: still unique enough per user intent within one tab.
  return `ak-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * One key per user intent: `current()` returns the same key until `renew()` is called (after a success, or
 * when the user changes what they are asking for), so retries of the same intent reuse it.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  const current = useCallback(() => {
    key.current ??= createIdempotencyKey();
    return key.current;
  }, []);
  const renew = useCallback(() => {
    key.current = null;
  }, []);
  return useMemo(() => ({ current, renew }), [current, renew]);
}
