import { useCallback, useEffect, useState } from 'react';

/**
 * Focuses a form field once the form is no longer busy. A refused send puts its errors on fields that are disabled
 * while it runs, and focusing a disabled field does nothing: on React 18 they are still disabled when the answer is
 * handled. Returns the function that asks for it.
 */
export function useFocusWhenIdle<Field extends string>(busy: boolean, setFocus: (field: Field) => void) {
  const [target, setTarget] = useState<Field | null>(null);
  useEffect(() => {
    if (busy || target === null) return;
    setFocus(target);
    setTarget(null);
  }, [busy, target, setFocus]);
  return useCallback((field: Field) => setTarget(field), []);
}
