import type { Politeness } from '../../src/data/kit-context';

/**
 * What screen readers were just told: the messages in the kit's live regions (each stays about 7 s). Play
 * functions assert these beside what is on screen.
 */
export function heard(politeness: Politeness = 'polite'): string[] {
  return Array.from(document.querySelectorAll(`[data-ak-announcer] [aria-live="${politeness}"] > *`), (node) => node.textContent ?? '');
}
