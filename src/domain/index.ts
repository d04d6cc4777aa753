/**
 * `assessment-kit/domain`: the schemas an embedder validates with (e.g. in its own `AssessmentBackend`), the
 * status helpers, and every domain type. Building blocks (`id`, `isoDateTime`, `safeUrl`, `pageSchema`) stay
 * internal. No React: it imports in Node. The root entry re-exports the types only.
 */
export type { Page, PageParams } from './common';
export { providerSchema, providerListSchema } from './provider';
export type { Provider } from './provider';
export { integrationStates, integrationSchema, connectResultSchema } from './integration';
export type { Integration, IntegrationState, ConnectResult } from './integration';
export { assessmentTestSchema, assessmentTestPageSchema } from './assessment-test';
export type { AssessmentTest } from './assessment-test';
export { reviewerSchema, reviewerPageSchema, reviewerListSchema, MAX_REVIEWER_LOOKUP } from './reviewer';
export type { Reviewer } from './reviewer';
export {
  scorecardQuestionTypes,
  scorecardQuestionSchema,
  scorecardTemplateSchema,
  scorecardTemplateListSchema,
  scorecardChoiceSchema,
} from './scorecard';
export type { ScorecardQuestionType, ScorecardQuestion, ScorecardTemplate, ScorecardChoice } from './scorecard';
export {
  feedbackPolicies,
  activitySchema,
  sendAssessmentActivitySchema,
  otherActivitySchema,
  interviewStageSchema,
  interviewPlanSchema,
  isSendAssessmentActivity,
  readActivity,
} from './interview-plan';
export type {
  Activity,
  SendAssessmentActivity,
  OtherActivity,
  UnreadableActivity,
  ReadActivity,
  FeedbackPolicy,
  InterviewStage,
  InterviewPlan,
} from './interview-plan';
export { candidateSchema } from './candidate';
export type { Candidate } from './candidate';
export {
  assessmentStatuses,
  normalizeAssessmentStatus,
  isActiveStatus,
  isTerminalStatus,
  isResendAsNewStatus,
} from './assessment-status';
export type { AssessmentStatus, LifecycleStatus } from './assessment-status';
export { reviewerFeedbackStates, reviewerFeedbackStatusSchema } from './reviewer-feedback';
export type { ReviewerFeedbackState, ReviewerFeedbackStatus } from './reviewer-feedback';
export {
  assessmentKinds,
  liveInterviewDetailsSchema,
  createLiveInterviewInputSchema,
  LIVE_INTERVIEW_TITLE_MAX_LENGTH,
} from './live-interview';
export type { AssessmentKind, LiveInterviewDetails, CreateLiveInterviewInput } from './live-interview';
export { assessmentStatusSchema, assessmentSchema, assessmentListSchema, sendAssessmentInputSchema, SEND_MESSAGE_MAX_LENGTH } from './assessment';
export type { Assessment, AssessmentSource, Score, StatusChange, SendAssessmentInput } from './assessment';
export {
  feedbackAnswerSchema,
  feedbackAnswersSchema,
  reviewerFeedbackSchema,
  assessmentFeedbackSchema,
  feedbackAnswersBodySchema,
} from './feedback';
export { FEEDBACK_TEXT_MAX_LENGTH, isFeedbackComplete, isAnswered, feedbackAnswerProblems } from './feedback-rules';
export type { FeedbackAnswer, FeedbackAnswers, ReviewerFeedback, AssessmentFeedback } from './feedback';
export { aggregateFeedback, aggregateQuestion } from './feedback-summary';
export type { QuestionAggregate, OptionCount } from './feedback-summary';
