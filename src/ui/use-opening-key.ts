import { useState } from 'react';

/**
 * A number that changes each time `open` turns true: give it as the `key` of what a dialog holds per opening (its
 * form, its last error), so each opening starts fresh without an effect that resets state on close. Works the same
 * whether the host controls `open` or the dialog's own trigger does.
 */
export function useOpeningKey(open: boolean): number {
  const [seen, setSeen] = useState({ open, key: 0 });
  // Adjusting state while rendering: React renders again at once, before anything is committed.
  if (seen.open !== open) setSeen({ open, key: open ? seen.key + 1 : seen.key });
  return seen.key;
}
