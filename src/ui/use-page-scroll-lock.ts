import { useEffect } from 'react';

const lockAttribute = 'data-ak-scroll-locked';

/**
 * Keeps the page behind an open dialog from scrolling: marks `<body>` (counting nested dialogs) for the kit
 * stylesheet's `body[data-ak-scroll-locked]` rule, with the scrollbar's width as `--ak-scrollbar-gap` so the page
 * doesn't shift. Radix's overlay does this with a `<style>` element, which a strict CSP (`style-src 'self'`) blocks;
 * an attribute and a custom property set from script are not.
 */
export function usePageScrollLock() {
  useEffect(() => {
    const { body, documentElement } = document;
    const count = Number(body.getAttribute(lockAttribute) ?? 0);
    if (count === 0) body.style.setProperty('--ak-scrollbar-gap', `${window.innerWidth - documentElement.clientWidth}px`);
    body.setAttribute(lockAttribute, String(count + 1));
    return () => {
      const left = Number(body.getAttribute(lockAttribute) ?? 1) - 1;
      if (left > 0) {
        body.setAttribute(lockAttribute, String(left));
      } else {
        body.removeAttribute(lockAttribute);
        body.style.removeProperty('--ak-scrollbar-gap');
      }
    };
  }, []);
}
