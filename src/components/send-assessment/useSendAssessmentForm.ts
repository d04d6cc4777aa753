import { useFormFields } from '../../ui/form-field-bindings';
import { useSendFormState } from './use-send-form-state';
import type { UseSendAssessmentFormOptions, SendAssessmentForm } from './send-form-types';

export type { ProviderOption } from '../../data/hooks/use-provider-options';
export type { SendAssessmentDefaults } from './send-prefill';
export type { UseSendAssessmentFormOptions, SendAssessmentFormError, SendAssessmentForm } from './send-form-types';

/**
 * The headless send flow behind `SendAssessmentDialog`: who it's for, which providers can send, the fields (with
 * the kit's translated validation and the chosen provider's limits), the duplicate guard and the send itself.
 *
 * One idempotency key per intent (`useSendAssessment`): a double click or Enter twice sends once, Retry after a
 * failure reuses the key, a changed form or a confirmed duplicate (`sendAnyway`) is a new intent.
 */
export function useSendAssessmentForm(options: UseSendAssessmentFormOptions): SendAssessmentForm {
  const { form, ...state } = useSendFormState(options);
  const fields = useFormFields(form, { providerId: state.chooseProvider });
  return { ...state, fields };
}
