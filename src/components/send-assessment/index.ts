export { SendAssessmentDialog, type SendAssessmentDialogProps } from './SendAssessmentDialog';
export {
  useSendAssessmentForm,
  type SendAssessmentDefaults,
  type SendAssessmentForm,
  type SendAssessmentFormError,
  type ProviderOption,
  type UseSendAssessmentFormOptions,
} from './useSendAssessmentForm';
export {
  createSendAssessmentFormSchema,
  type SendAssessmentFormMessages,
  type SendAssessmentFormLimits,
  type SendAssessmentFormValues,
} from './schema';
export { sendAssessmentText, type SendAssessmentText } from './text';
