export { AssessmentFeedbackForm, type AssessmentFeedbackFormProps } from './AssessmentFeedbackForm';
export { AssessmentFeedbackSummary, type AssessmentFeedbackSummaryProps } from './AssessmentFeedbackSummary';
export {
  useAssessmentFeedbackForm,
  type UseAssessmentFeedbackFormOptions,
  type FeedbackView,
  type DraftStatus,
  type FeedbackRefusal,
} from './useAssessmentFeedbackForm';
export { feedbackText, type FeedbackText } from './text';
