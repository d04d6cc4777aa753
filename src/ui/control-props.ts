import type { TextOverrides } from '../data/text';

/** What the kit's own form controls (its date and time fields) take as a native input would. */
export interface ControlProps {
  /** The control's id (a `Field` sets it, so its label names the control). */
  id?: string;
  /** Submits the value with a native form. */
  name?: string;
  disabled?: boolean;
  readOnly?: boolean;
  className?: string;
  /** Text overrides (`dateField`), over the provider's. */
  text?: TextOverrides;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}
