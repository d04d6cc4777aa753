import { useEffect } from 'react';

const lockAttribute = 'data-ak-scroll-locked';
const scrollbarAttribute = 'data-ak-scrollbar';

/**
 * Keeps the page behind an open dialog from scrolling: marks `<body>` (counting nested dialogs) for the kit
 * stylesheet's `body[data-ak-scroll-locked]` rule, and, where the page had a scrollbar taking room, keeps its gutter
 * so the page doesn't shift. Radix's overlay does this with a `<style>` element, which a strict CSP
 * (`style-src 'self'`) blocks; attributes set from script are not.
 */
export function usePageScrollLock() {
  useEffect(() => {
    const { body, documentElement } = document;
    const count = Number(body.getAttribute(lockAttribute) ?? 0);
    if (count === 0 && window.innerWidth > documentElement.clientWidth) body.setAttribute(scrollbarAttribute, '');
    body.setAttribute(lockAttribute, String(count + 1));
    return () => {
      const left = Number(body.getAttribute(lockAttribute) ?? 1) - 1;
      if (left > 0) {
        body.setAttribute(lockAttribute, String(left));
      } else {
        body.removeAttribute(lockAttribute);
        body.removeAttribute(scrollbarAttribute);
      }
    };
  }, []);
}
