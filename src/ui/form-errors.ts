import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

export interface ApplyFieldErrorsOptions<TValues extends FieldValues> {
  /**
   * The message a field shows. Defaults to the server's, which may be in another language than the UI: pass the
   * form's own (translated) message where you have one.
   */
  message?: (field: FieldPath<TValues>, serverMessage: string) => string;
  /** Focus the first field (in the order of `fields`) that got an error. Default true. */
  shouldFocus?: boolean;
}

export interface AppliedFieldErrors<TValues extends FieldValues> {
  /** Form fields that got an error, in the order of `fields`. */
  applied: Array<FieldPath<TValues>>;
  /** Server errors no field took (show them at form level). */
  unmatched: Record<string, string>;
}

/**
 * Puts a backend `validation` error's `fieldErrors` (keyed by dotted path: `reviewerIds.2`, `scorecard.templateId`)
 * on react-hook-form fields, as `type: 'server'`.
 *
 * `fields` maps backend paths to form fields, in the form's order. A path matches its entry exactly, or through its
 * nearest mapped parent (`reviewerIds.2` -> `reviewerIds`). One message per field: the first wins.
 *
 * ```ts
 * applyFieldErrors(form.setError, error.fieldErrors, { testId: 'testId', expiresAt: 'expiresOn' });
 * ```
 */
export function applyFieldErrors<TValues extends FieldValues>(
  setError: UseFormSetError<TValues>,
  fieldErrors: Readonly<Record<string, string>>,
  fields: Readonly<Record<string, FieldPath<TValues>>>,
  { message = (_field, serverMessage) => serverMessage, shouldFocus = true }: ApplyFieldErrorsOptions<TValues> = {},
): AppliedFieldErrors<TValues> {
  const found = new Map<FieldPath<TValues>, string>();
  const unmatched: Record<string, string> = {};
  for (const [path, serverMessage] of Object.entries(fieldErrors)) {
    const field = fieldFor(path, fields);
    if (field === undefined) unmatched[path] = serverMessage;
    else if (!found.has(field)) found.set(field, serverMessage);
  }
  const order = [...new Set(Object.values(fields))];
  const applied = order.filter((field) => found.has(field));
  applied.forEach((field, index) => {
    setError(field, { type: 'server', message: message(field, found.get(field)!) }, { shouldFocus: shouldFocus && index === 0 });
  });
  return { applied, unmatched };
}

function fieldFor<F>(path: string, fields: Readonly<Record<string, F>>): F | undefined {
  for (let candidate = path; candidate !== ''; candidate = candidate.slice(0, Math.max(0, candidate.lastIndexOf('.')))) {
    if (Object.hasOwn(fields, candidate)) return fields[candidate];
  }
  return undefined;
}
