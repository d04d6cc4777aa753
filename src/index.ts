'use client';
// The public API of assessment-kit. Everything exported here is promised (see test/public-api.test.ts).

// Provider, data layer
export { AssessmentKitProvider, createKitQueryClient } from './provider/AssessmentKitProvider';
export type { AssessmentKitProviderProps } from './provider/AssessmentKitProvider';
export { useAssessmentKit, useKitText } from './data/kit-context';
export { mergeText } from './data/text';
export type { Appearance, AppearanceVariables, Theme } from './data/appearance';
export type { KitText, KitTextRegistry, TextOverrides, DeepPartial } from './data/text';
export type { FormField, RequestSetupHandler } from './data/form-field';
export { commonText } from './ui/text';
export type { CommonText } from './ui/text';
export { pickerText } from './ui/picker-text';
export type { PickerText } from './ui/picker-text';
export type { Politeness } from './data/kit-context';
export { assessmentKeys } from './data/query-keys';
export {
  providersQueryOptions,
  integrationQueryOptions,
  testsInfiniteQueryOptions,
  reviewersInfiniteQueryOptions,
  scorecardTemplatesQueryOptions,
  interviewPlanQueryOptions,
  candidateQueryOptions,
  candidateAssessmentsQueryOptions,
  reviewersByIdsQueryOptions,
  assessmentFeedbackQueryOptions,
} from './data/query-options';
export type { QueryContext } from './data/query-options';
export { createIdempotencyKey, useIdempotencyKey } from './data/idempotency';
export {
  useProviders,
  useIntegration,
  useIntegrations,
  useVerifyApiKey,
  useDisconnectIntegration,
} from './data/hooks/use-integrations';
export type { UseIntegrationOptions } from './data/hooks/use-integrations';
export { useTests, useReviewers, useReviewersByIds, useScorecardTemplates } from './data/hooks/use-catalogue';
export type { UseTestsOptions } from './data/hooks/use-catalogue';
export { useInterviewPlan, useSaveInterviewPlan } from './data/hooks/use-interview-plan';
export {
  useCandidate,
  useCandidateAssessments,
  useSendAssessment,
  useResendAssessment,
  useCancelAssessment,
} from './data/hooks/use-assessments';
export { useCreateLiveInterview, useSendInterviewLink } from './data/hooks/use-live-interviews';
export { useAssessmentFeedback, useSaveFeedbackDraft, useSubmitFeedback } from './data/hooks/use-feedback';

// Components
export { AssessmentStatusBadge, statusBadgeText } from './ui/status-badge';
export type { AssessmentStatusBadgeProps, StatusBadgeText } from './ui/status-badge';
export {
  InterviewPlanEditor,
  AssessmentActivityDialog,
  useAssessmentActivityOptions,
  interviewPlanText,
} from './components/interview-plan';
export type {
  InterviewPlanEditorProps,
  AssessmentActivityDialogProps,
  AssessmentActivityOption,
  AssessmentActivityOptions,
  UseAssessmentActivityOptionsOptions,
  InterviewPlanText,
} from './components/interview-plan';
export { CandidateAssessments } from './screens/CandidateAssessments';
export type { CandidateAssessmentsProps } from './screens/CandidateAssessments';
export { assessmentItemText } from './ui/assessment-item/text';
export type { AssessmentItemText } from './ui/assessment-item/text';
export {
  candidateAssessmentsText,
  AssessmentSummary,
  assessmentSummaryText,
} from './components/candidate-assessments';
export type {
  CandidateAssessmentsText,
  AssessmentSummaryProps,
  AssessmentSummaryText,
} from './components/candidate-assessments';
export {
  AssessmentFeedbackForm,
  AssessmentFeedbackSummary,
  useAssessmentFeedbackForm,
  feedbackText,
} from './components/feedback';
export type {
  AssessmentFeedbackFormProps,
  AssessmentFeedbackSummaryProps,
  UseAssessmentFeedbackFormOptions,
  AssessmentFeedbackFormState,
  FeedbackQuestionBinding,
  FeedbackFieldValue,
  FeedbackView,
  DraftStatus,
  FeedbackRefusal,
  FeedbackText,
} from './components/feedback';
export { AssessmentIntegrations } from './screens/AssessmentIntegrations';
export type { AssessmentIntegrationsProps } from './screens/AssessmentIntegrations';
export { ManageIntegrationDialog } from './screens/ManageIntegrationDialog';
export type { ManageIntegrationDialogProps } from './screens/ManageIntegrationDialog';
export { integrationsText } from './components/integrations';
export type { IntegrationsText } from './components/integrations';
export {
  EnableIntegrationDialog,
  WebhookInstructions,
  useEnableIntegrationFlow,
  enableIntegrationText,
} from './components/enable-integration';
export type {
  EnableIntegrationDialogProps,
  WebhookInstructionsProps,
  EnableIntegrationFlow,
  EnableIntegrationMode,
  EnableIntegrationStep,
  UseEnableIntegrationFlowOptions,
  EnableIntegrationText,
} from './components/enable-integration';
export { SendAssessmentDialog, useSendAssessmentForm, sendAssessmentText } from './components/send-assessment';
export type {
  SendAssessmentDialogProps,
  SendAssessmentDefaults,
  SendAssessmentForm,
  SendAssessmentFormError,
  UseSendAssessmentFormOptions,
  SendAssessmentText,
} from './components/send-assessment';
export { ScheduleLiveInterviewDialog, useScheduleLiveInterviewForm, liveInterviewText } from './components/live-interview';
export type {
  ScheduleLiveInterviewDialogProps,
  UseScheduleLiveInterviewFormOptions,
  ScheduleLiveInterviewForm,
  ScheduleLiveInterviewFormError,
  LiveInterviewProviderOption,
  LiveInterviewText,
} from './components/live-interview';

// Backend adapter
export { createHttpAdapter } from './backend/http-adapter';
export type { HttpAdapterOptions } from './backend/http-adapter';
export { AssessmentBackendError, isAssessmentBackendError, backendErrorCodes } from './backend/errors';
export type { BackendErrorCode, BackendErrorDetails, ServerErrorCode, ConflictReason } from './backend/errors';
export type {
  AssessmentBackend,
  RequestOptions,
  WriteOptions,
  ListTestsParams,
  SaveInterviewPlanInput,
  AssessmentChangeListener,
  FeedbackInput,
} from './backend/types';
// The REST contract's helpers (routes, error body...) serve server code: `assessment-kit/contract`.

// Domain types. The schemas and status helpers are on `assessment-kit/domain`.
export type {
  Page,
  PageParams,
  Provider,
  Integration,
  IntegrationState,
  ConnectResult,
  AssessmentTest,
  Reviewer,
  ScorecardQuestionType,
  ScorecardQuestion,
  ScorecardTemplate,
  ScorecardChoice,
  Activity,
  SendAssessmentActivity,
  OtherActivity,
  UnreadableActivity,
  ReadActivity,
  FeedbackPolicy,
  InterviewStage,
  InterviewPlan,
  Candidate,
  AssessmentStatus,
  LifecycleStatus,
  ReviewerFeedbackState,
  ReviewerFeedbackStatus,
  Assessment,
  AssessmentSource,
  Score,
  StatusChange,
  SendAssessmentInput,
  AssessmentKind,
  LiveInterviewDetails,
  CreateLiveInterviewInput,
  AssessmentFeedback,
  FeedbackAnswer,
  FeedbackAnswers,
  ReviewerFeedback,
  QuestionAggregate,
  OptionCount,
} from './domain';
