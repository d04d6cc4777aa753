export { InterviewPlanEditor, type InterviewPlanEditorProps } from './InterviewPlanEditor';
export { AssessmentActivityDialog, type AssessmentActivityDialogProps } from './AssessmentActivityDialog';
export {
  useAssessmentActivityOptions,
  type AssessmentActivityOption,
  type AssessmentActivityOptions,
  type UseAssessmentActivityOptionsOptions,
} from './useAssessmentActivityOptions';
export { interviewPlanText, type InterviewPlanText } from './text';
