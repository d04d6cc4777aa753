export { ScheduleLiveInterviewDialog, type ScheduleLiveInterviewDialogProps } from './ScheduleLiveInterviewDialog';
export {
  useScheduleLiveInterviewForm,
  type UseScheduleLiveInterviewFormOptions,
  type ScheduleLiveInterviewForm,
  type ScheduleLiveInterviewFormError,
  type LiveInterviewProviderOption,
} from './useScheduleLiveInterviewForm';
export { createScheduleLiveInterviewFormSchema, type ScheduleLiveInterviewFormMessages, type ScheduleLiveInterviewFormValues } from './schema';
export { liveInterviewText, type LiveInterviewText } from './text';
