import { useFormFields } from '../../ui/form-field-bindings';
import { useScheduleFormState } from './use-schedule-form-state';
import type { UseScheduleLiveInterviewFormOptions, ScheduleLiveInterviewForm } from './schedule-form-types';

export type { UseScheduleLiveInterviewFormOptions, LiveInterviewProviderOption, ScheduleLiveInterviewFormError, ScheduleLiveInterviewForm } from './schedule-form-types';

/**
 * The headless flow behind `ScheduleLiveInterviewDialog`: who it's for, which providers have live interviews, the
 * fields (with the kit's translated validation), and the create, sent once per intent: a double click or Enter
 * twice creates one pad, Retry after a failure reuses the idempotency key, a changed form is a new intent.
 */
export function useScheduleLiveInterviewForm(options: UseScheduleLiveInterviewFormOptions): ScheduleLiveInterviewForm {
  const { form, ...state } = useScheduleFormState(options);
  const fields = useFormFields(form, { providerId: state.chooseProvider });
  return { ...state, fields };
}
