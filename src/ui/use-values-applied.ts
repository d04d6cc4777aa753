import { useState } from 'react';
import { useWatch, type Control, type FieldValues } from 'react-hook-form';

/**
 * Whether the form shows `values` yet. react-hook-form applies its `values` option in an effect, after the render
 * that passed them, so a form drawn on that render would show its empty defaults for a moment (and a fast click or
 * a test could act on them). Watches the form only until the values are in.
 */
export function useValuesApplied<Values extends FieldValues>(control: Control<Values>, values: Values | null | undefined): boolean {
  const [applied, setApplied] = useState(false);
  const current = useWatch({ control, disabled: applied || !values }) as Values;
  if (!applied && values && (Object.keys(values) as Array<keyof Values>).every((name) => JSON.stringify(current?.[name]) === JSON.stringify(values[name]))) {
    setApplied(true);
  }
  return applied;
}
