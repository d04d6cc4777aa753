import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A ref to the latest `value`, for callbacks and effects that must not re-run when it changes identity (a text
 * object, a host's callback). Written after each commit, never during render, and before any effect reads it.
 */
export function useLatestRef<T>(value: T): Readonly<RefObject<T>> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
