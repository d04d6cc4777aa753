// The public API of assessment-kit. Everything exported here is promised (see test/public-api.test.ts). One
// statement per module, its types beside its values.

// Provider, data layer
export { AssessmentKitProvider, type AssessmentKitProviderProps } from './provider/AssessmentKitProvider';
export { createKitQueryClient } from './data/query-client';
export { useAssessmentKit, useKitText, type Politeness } from './data/kit-context';
export { mergeText, type KitText, type KitTextRegistry, type TextOverrides, type DeepPartial } from './data/text';
export type { Appearance, AppearanceVariables, Theme } from './data/appearance';
export type { FormField, RequestSetupHandler } from './data/form-field';
export { commonText, type CommonText } from './ui/text';
export { pickerText, type PickerText } from './ui/picker-text';
export { dateFieldText, type DateFieldText } from './ui/date-field-text';
export { assessmentKeys } from './data/query-keys';
export {
  providersQueryOptions, integrationQueryOptions, testsInfiniteQueryOptions, reviewersInfiniteQueryOptions, scorecardTemplatesQueryOptions,
  interviewPlanQueryOptions, candidateQueryOptions, candidateAssessmentsQueryOptions, reviewersByIdsQueryOptions, assessmentFeedbackQueryOptions,
  type QueryContext,
} from './data/query-options';
export { createIdempotencyKey, useIdempotencyKey } from './data/idempotency';
export {
  useProviders, useIntegration, useIntegrations, useVerifyApiKey, useDisconnectIntegration, type UseIntegrationOptions,
} from './data/hooks/use-integrations';
export { useTests, useReviewers, useReviewersByIds, useScorecardTemplates, type UseTestsOptions } from './data/hooks/use-catalogue';
export { useInterviewPlan, useSaveInterviewPlan } from './data/hooks/use-interview-plan';
export { useCandidate, useCandidateAssessments, useSendAssessment, useResendAssessment, useCancelAssessment } from './data/hooks/use-assessments';
export { useCreateLiveInterview, useSendInterviewLink } from './data/hooks/use-live-interviews';
export { useAssessmentFeedback, useSaveFeedbackDraft, useSubmitFeedback } from './data/hooks/use-feedback';

// Components
export { AssessmentStatusBadge, statusBadgeText, type AssessmentStatusBadgeProps, type StatusBadgeText } from './ui/status-badge';
export {
  InterviewPlanEditor, AssessmentActivityDialog, useAssessmentActivityOptions, interviewPlanText,
  type InterviewPlanEditorProps, type AssessmentActivityDialogProps, type AssessmentActivityOption, type AssessmentActivityOptions,
  type UseAssessmentActivityOptionsOptions, type InterviewPlanText,
} from './components/interview-plan';
export { CandidateAssessments, type CandidateAssessmentsProps } from './screens/CandidateAssessments';
export { assessmentItemText, type AssessmentItemText } from './ui/assessment-item/text';
export {
  candidateAssessmentsText, AssessmentSummary, assessmentSummaryText,
  type CandidateAssessmentsText, type AssessmentSummaryProps, type AssessmentSummaryText,
} from './components/candidate-assessments';
export {
  AssessmentFeedbackForm, AssessmentFeedbackSummary, useAssessmentFeedbackForm, feedbackText,
  type AssessmentFeedbackFormProps, type AssessmentFeedbackSummaryProps, type UseAssessmentFeedbackFormOptions, type AssessmentFeedbackFormState,
  type FeedbackQuestionBinding, type FeedbackFieldValue, type FeedbackView, type DraftStatus, type FeedbackRefusal, type FeedbackText,
} from './components/feedback';
export { AssessmentIntegrations, type AssessmentIntegrationsProps } from './screens/AssessmentIntegrations';
export { ManageIntegrationDialog, type ManageIntegrationDialogProps } from './screens/ManageIntegrationDialog';
export { integrationsText, type IntegrationsText } from './components/integrations';
export {
  EnableIntegrationDialog, WebhookInstructions, useEnableIntegrationFlow, enableIntegrationText,
  type EnableIntegrationDialogProps, type WebhookInstructionsProps, type EnableIntegrationFlow, type EnableIntegrationMode,
  type EnableIntegrationStep, type UseEnableIntegrationFlowOptions, type EnableIntegrationText,
} from './components/enable-integration';
export {
  SendAssessmentDialog, useSendAssessmentForm, sendAssessmentText,
  type SendAssessmentDialogProps, type SendAssessmentDefaults, type SendAssessmentForm, type SendAssessmentFormError,
  type UseSendAssessmentFormOptions, type SendAssessmentText,
} from './components/send-assessment';
export {
  ScheduleLiveInterviewDialog, useScheduleLiveInterviewForm, liveInterviewText,
  type ScheduleLiveInterviewDialogProps, type UseScheduleLiveInterviewFormOptions, type ScheduleLiveInterviewForm,
  type ScheduleLiveInterviewFormError, type LiveInterviewProviderOption, type LiveInterviewText,
} from './components/live-interview';

// Backend adapter
export { createHttpAdapter, type HttpAdapterOptions } from './backend/http-adapter';
export {
  AssessmentBackendError, isAssessmentBackendError, backendErrorCodes,
  type BackendErrorCode, type BackendErrorDetails, type ServerErrorCode, type ConflictReason,
} from './backend/errors';
export type {
  AssessmentBackend, RequestOptions, WriteOptions, ListTestsParams, SaveInterviewPlanInput, AssessmentChangeListener, FeedbackInput,
} from './backend/types';
// The REST contract's helpers (routes, error body...) serve server code: `assessment-kit/contract`.

// Every domain type, without the values: the schemas and status helpers are on `assessment-kit/domain`, so a host
// that only renders components bundles no schema.
export type * from './domain';
