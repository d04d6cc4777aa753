/**
 * One field of a headless form hook, in the kit's own terms, so a host that draws its own UI binds inputs without
 * depending on the form library the kit uses inside. `error` is the kit's message (already in the kit's text).
 */
export interface FormField<Value> {
  name: string;
  value: Value;
  error: string | undefined;
  onChange: (value: Value) => void;
  onBlur: () => void;
}

/**
 * How a component asks the host to set up a vendor integration (e.g. open its settings page). One shape
 * everywhere: the provider concerned when the kit knows it, undefined when nothing is connected yet.
 */
export type RequestSetupHandler = (providerId?: string) => void;
