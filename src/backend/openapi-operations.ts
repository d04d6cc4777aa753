// What each route of the REST contract sends and answers, and what its errors mean: the content of docs/openapi.json.
// openapi.ts turns it into the document.
import type * as z from 'zod/mini';
import {
  activitySchema,
  assessmentFeedbackSchema,
  assessmentListSchema,
  assessmentSchema,
  assessmentTestPageSchema,
  assessmentTestSchema,
  candidateSchema,
  connectResultSchema,
  createLiveInterviewInputSchema,
  feedbackAnswersBodySchema,
  integrationSchema,
  interviewPlanSchema,
  interviewStageSchema,
  providerListSchema,
  providerSchema,
  MAX_REVIEWER_LOOKUP,
  reviewerListSchema,
  reviewerPageSchema,
  reviewerSchema,
  scorecardChoiceSchema,
  scorecardQuestionSchema,
  scorecardTemplateListSchema,
  scorecardTemplateSchema,
  sendAssessmentInputSchema,
} from '../domain';
import { assessmentStatusOnTheWire } from '../domain/assessment';
import { apiKeyBodySchema, cancelBodySchema, errorBodySchema, saveInterviewPlanBodySchema } from './rest-contract';
import type { RestOperation } from './rest-contract';

/** Named schemas that become `components/schemas`; anything that uses one refers to it by `$ref`. */
export const namedSchemas = {
  Provider: providerSchema,
  ProviderList: providerListSchema,
  Integration: integrationSchema,
  ConnectResult: connectResultSchema,
  AssessmentTest: assessmentTestSchema,
  AssessmentTestPage: assessmentTestPageSchema,
  Reviewer: reviewerSchema,
  ReviewerPage: reviewerPageSchema,
  ReviewerList: reviewerListSchema,
  ScorecardQuestion: scorecardQuestionSchema,
  ScorecardTemplate: scorecardTemplateSchema,
  ScorecardTemplateList: scorecardTemplateListSchema,
  ScorecardChoice: scorecardChoiceSchema,
  InterviewPlan: interviewPlanSchema,
  InterviewStage: interviewStageSchema,
  Activity: activitySchema,
  SaveInterviewPlanBody: saveInterviewPlanBodySchema,
  Candidate: candidateSchema,
  Assessment: assessmentSchema,
  AssessmentList: assessmentListSchema,
  // What an assessment's `status` accepts; history entries' statuses (`assessmentStatusSchema`) read the same way.
  AssessmentStatus: assessmentStatusOnTheWire,
  SendAssessmentInput: sendAssessmentInputSchema,
  CreateLiveInterviewInput: createLiveInterviewInputSchema,
  AssessmentFeedback: assessmentFeedbackSchema,
  FeedbackAnswersBody: feedbackAnswersBodySchema,
  ApiKeyBody: apiKeyBodySchema,
  CancelBody: cancelBodySchema,
  ErrorBody: errorBodySchema,
} satisfies Record<string, z.core.$ZodType>;
export type SchemaName = keyof typeof namedSchemas;

export interface OperationShape {
  summary: string;
  response: SchemaName;
  requestBody?: SchemaName;
  /** Defaults to 200. */
  successStatus?: number;
  /** List routes take `search`, `cursor` and `limit`. */
  paged?: boolean;
  /** The body names records that may not exist (404 beyond the path's own). */
  bodyRefersToRecords?: boolean;
  /** Takes the repeated `ids` query parameter (a lookup by id). */
  idsQuery?: boolean;
}

/** What each route sends and answers; `satisfies` makes a new route in `restRoutes` a compile error here. */
export const operations = {
  listProviders: { summary: 'List the assessment vendors this ATS supports', response: 'ProviderList' },
  getIntegration: { summary: "Get the organisation's connection to a provider", response: 'Integration' },
  connectIntegration: {
    summary: 'Verify an API key with the vendor, store it and return the webhook URL',
    requestBody: 'ApiKeyBody',
    response: 'ConnectResult',
  },
  replaceApiKey: {
    summary: 'Verify and switch to a new API key (the old one works until the new one is verified)',
    requestBody: 'ApiKeyBody',
    response: 'ConnectResult',
  },
  disconnectIntegration: { summary: 'Forget the API key', response: 'Integration' },
  rotateWebhookUrl: {
    summary: 'Put a new token in the webhook URL: the old URL is refused from then on (conflict when not connected)',
    response: 'Integration',
  },
  listTests: { summary: "Search the provider's configured tests", response: 'AssessmentTestPage', paged: true },
  listReviewers: { summary: 'Search the people who can review results', response: 'ReviewerPage', paged: true },
  getReviewers: {
    summary: `People by id (at most ${MAX_REVIEWER_LOOKUP}); ids the server does not know are left out`,
    response: 'ReviewerList',
    idsQuery: true,
  },
  listScorecardTemplates: { summary: 'List saved scorecard templates', response: 'ScorecardTemplateList' },
  getInterviewPlan: { summary: "Get a job's interview plan", response: 'InterviewPlan' },
  saveInterviewPlan: {
    summary: 'Replace the stages of an interview plan (409 when baseVersion is not the current version)',
    requestBody: 'SaveInterviewPlanBody',
    response: 'InterviewPlan',
  },
  getCandidate: { summary: 'Get a candidate', response: 'Candidate' },
  listCandidateAssessments: { summary: "List a candidate's assessments", response: 'AssessmentList' },
  sendAssessment: {
    summary:
      'Send an assessment (or the not_sent plan activity named by activityId); 409 with reason duplicate_assessment ' +
      'when the candidate already has this test active and allowDuplicate is not true',
    requestBody: 'SendAssessmentInput',
    response: 'Assessment',
    successStatus: 201,
    bodyRefersToRecords: true,
  },
  resendAssessment: {
    summary:
      'Send the candidate a new link: for an active assessment, the same assessment; for an expired or failed one, a new ' +
      'assessment (its resentFromId names the old one, which stays as it was; 409 if it was already resent)',
    response: 'Assessment',
  },
  cancelAssessment: {
    summary: 'Cancel an active assessment (409 for any other status)',
    requestBody: 'CancelBody',
    response: 'Assessment',
  },
  createLiveInterview: {
    summary:
      'Create a live interview (a pad with a vendor whose capabilities.liveInterviews is true; 422 on providerId ' +
      'otherwise): the record, Scheduled (status sent), with the candidate\'s link and the interviewers\' when the vendor ' +
      'gives them their own. Nothing is emailed. 422 on scheduledAt when it is not in the future. No duplicate guard: ' +
      'a second interview with the same people is normal (the Idempotency-Key covers a retry)',
    requestBody: 'CreateLiveInterviewInput',
    response: 'Assessment',
    successStatus: 201,
    bodyRefersToRecords: true,
  },
  sendInterviewLink: {
    summary:
      "Email the candidate their link to a live interview through the host's email (again, if sent before); 409 for " +
      'a test, or an interview that ended or was cancelled',
    response: 'Assessment',
  },
  getAssessmentFeedback: {
    summary:
      "An assessment's reviewer feedback as the signed-in user may see it: questions, the every/any rule, each " +
      "reviewer's state, and the answers the visibility rules allow (null where hidden). Not being a reviewer is no " +
      'reason for a 403 (viewerReviewerId is null then); complete is false while there are no reviewers',
    response: 'AssessmentFeedback',
  },
  saveFeedbackDraft: {
    summary:
      "Save the signed-in reviewer's draft answers (partial is fine). 403 for someone who is not an assigned reviewer; " +
      '409 with reason feedback_not_open before the assessment is completed, feedback_submitted after they submitted',
    requestBody: 'FeedbackAnswersBody',
    response: 'AssessmentFeedback',
  },
  submitFeedback: {
    summary:
      "Submit the signed-in reviewer's feedback; final. The draft's rules, and 422 with fieldErrors " +
      "(answers.<questionId>) when a required question has no answer",
    requestBody: 'FeedbackAnswersBody',
    response: 'AssessmentFeedback',
  },
} satisfies Record<RestOperation, OperationShape>;

export const errorDescriptions = {
  '400': 'validation: a write without an Idempotency-Key, or a body that is not JSON',
  '401': "unauthorized: the request carries no valid session of the host's (see `security`)",
  '403': 'forbidden',
  '404': 'not_found',
  '409':
    'conflict; `reason` says why when the contract names it (`duplicate_assessment`, with `existingAssessment`; ' +
    '`feedback_not_open`; `feedback_submitted`); none for an Idempotency-Key reused for another request',
  '422': 'validation (a body or query parameter that breaks the rules) or invalid_api_key; `fieldErrors` names the fields',
  '429': 'rate_limited; `Retry-After` says when to try again',
  '5XX': 'server',
} as const;
export type ErrorStatus = keyof typeof errorDescriptions;

