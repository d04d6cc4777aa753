import { useEffect, useRef } from 'react';

/**
 * An item's heading takes focus when the list asks (after a send, a resend, a cancel), then tells the list it did.
 * A tick later: a dialog that just closed puts focus back on a timeout of its own, and this must come after.
 */
export function useRequestedFocus<T extends HTMLElement>(focusRequested: boolean, onFocused: () => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!focusRequested) return;
    const timer = setTimeout(() => {
      ref.current?.focus();
      onFocused();
    }, 0);
    return () => clearTimeout(timer);
  }, [focusRequested, onFocused]);
  return ref;
}
