import { useCallback, useRef, useState } from 'react';

/** `open` / `defaultOpen` / `onOpenChange`, like Radix: controlled when `open` is given, uncontrolled otherwise. */
export function useControllableOpen(
  open: boolean | undefined,
  defaultOpen: boolean | undefined,
  onOpenChange: ((open: boolean) => void) | undefined,
): [boolean, (open: boolean) => void] {
  const [uncontrolled, setUncontrolled] = useState(defaultOpen ?? false);
  const controlled = open !== undefined;
  const value = controlled ? open : uncontrolled;
  const onChange = useRef(onOpenChange);
  onChange.current = onOpenChange;
  const setValue = useCallback(
    (next: boolean) => {
      if (!controlled) setUncontrolled(next);
      onChange.current?.(next);
    },
    [controlled],
  );
  return [value, setValue];
}
