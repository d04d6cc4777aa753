import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';

/**
 * A date or time input that holds part of a value (the day and month typed, no year) reports `""`, exactly as an
 * empty one does; only its `validity.badInput` tells them apart. This wraps a form's resolver so that such a field
 * is an error with its message, shown on the field and focused, never sent as "no value".
 */
export function withIncompleteInputs<T extends FieldValues>(resolver: Resolver<T>, messages: Partial<Record<keyof T & string, string>>): Resolver<T> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const incomplete: Record<string, { type: string; message: string; ref: unknown }> = {};
    for (const [name, message] of Object.entries(messages) as Array<[string, string | undefined]>) {
      const ref = options.fields[name]?.ref as HTMLInputElement | undefined;
      if (message && ref?.validity?.badInput) incomplete[name] = { type: 'incomplete', message, ref };
    }
    if (Object.keys(incomplete).length === 0) return result;
    return { values: {}, errors: { ...result.errors, ...incomplete } as FieldErrors<T> };
  };
}
