export { AssessmentFeedbackForm, type AssessmentFeedbackFormProps } from './AssessmentFeedbackForm';
export { AssessmentFeedbackSummary, type AssessmentFeedbackSummaryProps } from './AssessmentFeedbackSummary';
export { useAssessmentFeedbackForm, type AssessmentFeedbackFormState, type FeedbackQuestionBinding } from './useAssessmentFeedbackForm';
export type { UseAssessmentFeedbackFormOptions, FeedbackView, DraftStatus, FeedbackRefusal } from './feedback-flow-types';
export type { FeedbackFieldValue } from './schema';
export { feedbackText, type FeedbackText } from './text';
