import { useController } from 'react-hook-form';
import type { FormField } from '../../data/form-field';
import {
  useEnableIntegrationMachine,
  type EnableIntegrationFlowState,
  type UseEnableIntegrationFlowOptions,
} from './use-enable-machine';

export type { EnableIntegrationFormError, EnableIntegrationMode, EnableIntegrationStep } from './flow-state';
export type { UseEnableIntegrationFlowOptions } from './use-enable-machine';

/** What `useEnableIntegrationFlow` gives a host that draws its own UI. */
export interface EnableIntegrationFlow extends EnableIntegrationFlowState {
  /** The API key field: bind an input to it (`type="password"`); `error` is its message in the kit's text. */
  apiKey: FormField<string>;
}

/**
 * The headless state machine behind `EnableIntegrationDialog`: apiKey -> (verifying) -> webhook -> done.
 *
 * Mount it once per opening, as the dialog does (render it only while open, or give it a `key` per opening): its
 * state starts empty with it, and nothing resets it on close.
 *
 * The API key lives only in the flow's transient form state: it goes to `useVerifyApiKey().verify`, which keeps it
 * out of the TanStack cache, and the field is cleared on success and on unmount.
 *
 * While the key is checked the flow can't be closed (`canClose` is false): the vendor may already have accepted it,
 * and the answer may carry a secret shown only once. The check is never aborted: if the host unmounts the flow
 * anyway, the answer still updates the kit's cache and `onConnected` still tells the host; nothing is shown or said.
 *
 * Every state change a sighted user sees is said through the kit's announcer: checking, accepted, rejected,
 * rate limited (the start and the end of the wait, never each second) and the first webhook event.
 */
export function useEnableIntegrationFlow(options: UseEnableIntegrationFlowOptions): EnableIntegrationFlow {
  const { form, ...flow } = useEnableIntegrationMachine(options);
  const { field, fieldState } = useController({ control: form.control, name: 'apiKey' });
  return {
    ...flow,
    apiKey: {
      name: field.name,
      value: field.value ?? '',
      error: fieldState.error?.message,
      onChange: (value) => {
        field.onChange(value);
        // Typing after a rejected key clears the server's message.
        if (fieldState.error?.type === 'server') form.clearErrors('apiKey');
      },
      onBlur: field.onBlur,
    },
  };
}
