import { useEffect, useRef, type RefObject } from 'react';

/**
 * The kit's one rule for a focused element that goes away: when a live update or a replaced notice removes the
 * element that had focus inside `container`, focus moves to `fallback()` (the card's heading, the new notice)
 * instead of falling to the page, where a keyboard or screen reader user would have to start over.
 *
 * Only a real loss is rescued: focus that left for somewhere else (a dialog, another control, or the page on a
 * click outside) is left alone, and so is a removal after which a component already put focus somewhere on
 * purpose. `fallback` may return null to leave it to someone else (a focus move that is already on its way).
 * The fallback element must be focusable (`tabIndex={-1}` on a heading or a notice).
 */
export function useFocusRescue(container: RefObject<HTMLElement | null>, fallback: () => HTMLElement | null | undefined): void {
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // The element inside `root` that has focus, or had it until it was removed.
    let focused: Element | null = null;

    const onFocusIn = (event: FocusEvent) => {
      focused = event.target instanceof Element ? event.target : null;
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget instanceof Element && !root.contains(event.relatedTarget)) {
        focused = null;
        return;
      }
      if (event.relatedTarget) return;
      // To nowhere: the user clicked the page, or (Chromium fires blur as it removes) the element is going away.
      // Once the removal is done, only a removed element still counts.
      const target = event.target;
      queueMicrotask(() => {
        if (focused === target && target instanceof Element && root.contains(target)) focused = null;
      });
    };
    const observer = new MutationObserver(() => {
      if (!focused || root.contains(focused)) return;
      focused = null;
      const active = root.ownerDocument.activeElement;
      if (active && active !== root.ownerDocument.body) return;
      const target = fallbackRef.current();
      if (target?.isConnected) target.focus();
    });

    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('focusout', onFocusOut);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      root.removeEventListener('focusout', onFocusOut);
      observer.disconnect();
    };
  }, [container]);
}
