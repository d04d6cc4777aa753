import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import { CircleAlertIcon } from './icons';

export interface FieldProps {
  label: ReactNode;
  /** Help under the label, linked with aria-describedby. */
  hint?: ReactNode;
  error?: ReactNode;
  /** The control: an input, select or textarea. Field wires its id, aria-describedby and aria-invalid. */
  children: ReactElement<Record<string, unknown>>;
  /** Rendered beside the control (e.g. a show/hide or copy button). */
  addon?: ReactNode;
  id?: string;
}

/** Label, control, hint and error, connected for assistive technology. */
export function Field({ label, hint, error, children, addon, id }: FieldProps) {
  const generatedId = useId();
  const controlId = id ?? `${generatedId}-control`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: controlId,
        // The control may describe itself too (a combobox's instructions): merge ids, never overwrite them.
        'aria-describedby': mergeIds(errorId, hintId, children.props['aria-describedby']),
        'aria-invalid': error ? true : children.props['aria-invalid'],
      })
    : children;

  return (
    <div className="ak-field" data-invalid={error ? true : undefined}>
      <label className="ak-field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <div className="ak-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <div className="ak-field__control">
        {control}
        {addon}
      </div>
      {error ? (
        <p className="ak-field__error" id={errorId}>
          <CircleAlertIcon className="ak-icon" />
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Joins id lists (each may hold several space-separated ids), dropping blanks and repeats. */
export function mergeIds(...lists: unknown[]): string | undefined {
  const ids = new Set<string>();
  for (const list of lists) {
    if (typeof list !== 'string') continue;
    for (const id of list.split(/\s+/)) if (id) ids.add(id);
  }
  return ids.size > 0 ? [...ids].join(' ') : undefined;
}
