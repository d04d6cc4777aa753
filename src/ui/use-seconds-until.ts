import { useEffect, useReducer } from 'react';

/**
 * Whole seconds left until `deadline` (ms since epoch), ticking once a second; 0 when there is none or it passed.
 * Read from the clock at render, so the first render of a new deadline is already right (a stored "now" from an
 * earlier render once showed 33 s for a 30 s wait).
 */
export function useSecondsUntil(deadline: number | null): number {
  const [, tick] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => {
      tick();
      if (Date.now() >= deadline) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}
