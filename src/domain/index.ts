/**
 * `assessment-kit/domain`: the schemas an embedder validates with (e.g. in its own `AssessmentBackend`), the
 * status helpers, and every domain type. Building blocks (`id`, `isoDateTime`, `safeUrl`, `pageSchema`) stay
 * internal. No React: it imports in Node. The root entry re-exports the types only. One statement per module,
 * its types beside its values.
 */
export type { Page, PageParams } from './common';
export { providerSchema, providerListSchema, type Provider } from './provider';
export { integrationStates, integrationSchema, connectResultSchema, type Integration, type IntegrationState, type ConnectResult } from './integration';
export { assessmentTestSchema, assessmentTestPageSchema, type AssessmentTest } from './assessment-test';
export { reviewerSchema, reviewerPageSchema, reviewerListSchema, MAX_REVIEWER_LOOKUP, type Reviewer } from './reviewer';
export {
  scorecardQuestionTypes, scorecardQuestionSchema, scorecardTemplateSchema, scorecardTemplateListSchema, scorecardChoiceSchema,
  type ScorecardQuestionType, type ScorecardQuestion, type ScorecardTemplate, type ScorecardChoice,
} from './scorecard';
export {
  feedbackPolicies, activitySchema, sendAssessmentActivitySchema, otherActivitySchema, interviewStageSchema, interviewPlanSchema,
  isSendAssessmentActivity, readActivity,
  type Activity, type SendAssessmentActivity, type OtherActivity, type UnreadableActivity, type ReadActivity, type FeedbackPolicy,
  type InterviewStage, type InterviewPlan,
} from './interview-plan';
export { candidateSchema, type Candidate } from './candidate';
export {
  assessmentStatuses, normalizeAssessmentStatus, isActiveStatus, isTerminalStatus, isResendAsNewStatus,
  type AssessmentStatus, type LifecycleStatus,
} from './assessment-status';
export { reviewerFeedbackStates, reviewerFeedbackStatusSchema, type ReviewerFeedbackState, type ReviewerFeedbackStatus } from './reviewer-feedback';
export {
  assessmentKinds, liveInterviewDetailsSchema, createLiveInterviewInputSchema, LIVE_INTERVIEW_TITLE_MAX_LENGTH,
  type AssessmentKind, type LiveInterviewDetails, type CreateLiveInterviewInput,
} from './live-interview';
export {
  assessmentStatusSchema, assessmentSchema, assessmentListSchema, sendAssessmentInputSchema, SEND_MESSAGE_MAX_LENGTH,
  type Assessment, type AssessmentSource, type Score, type StatusChange, type SendAssessmentInput,
} from './assessment';
export {
  feedbackAnswerSchema, feedbackAnswersSchema, reviewerFeedbackSchema, assessmentFeedbackSchema, feedbackAnswersBodySchema,
  type FeedbackAnswer, type FeedbackAnswers, type ReviewerFeedback, type AssessmentFeedback,
} from './feedback';
export { FEEDBACK_TEXT_MAX_LENGTH, isFeedbackComplete, isAnswered, feedbackAnswerProblems } from './feedback-rules';
export { aggregateFeedback, aggregateQuestion, type QuestionAggregate, type OptionCount } from './feedback-summary';
