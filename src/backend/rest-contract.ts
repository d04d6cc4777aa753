import * as z from 'zod/mini';
import { assessmentSchema } from '../domain/assessment';
import { interviewStageSchema } from '../domain/interview-plan';
import { conflictReasons, serverErrorCodes, type ServerErrorCode } from './errors';

/**
 * The reference REST contract, shared by `createHttpAdapter` and the mock server's MSW handlers so the two
 * cannot drift. Paths are relative to the adapter's `baseUrl`. docs/openapi.json is generated from this
 * file and the domain schemas.
 *
 * Writes carry an `Idempotency-Key` header. Errors answer with `errorBodySchema` and these statuses:
 * 400/422 validation (or invalid_api_key), 401 unauthorized, 403 forbidden, 404 not_found, 409 conflict,
 * 429 rate_limited (with `Retry-After`: seconds or an HTTP date), 5xx server.
 *
 * Server code (a backend implementing the contract) imports this from `assessment-kit/contract`.
 */
export const restRoutes = {
  listProviders: { method: 'GET', path: '/providers' },
  getIntegration: { method: 'GET', path: '/integrations/:providerId' },
  connectIntegration: { method: 'POST', path: '/integrations/:providerId/connect' },
  replaceApiKey: { method: 'PUT', path: '/integrations/:providerId/api-key' },
  disconnectIntegration: { method: 'DELETE', path: '/integrations/:providerId' },
  rotateWebhookUrl: { method: 'POST', path: '/integrations/:providerId/webhook-url/rotate' },
  listTests: { method: 'GET', path: '/providers/:providerId/tests' },
  listReviewers: { method: 'GET', path: '/reviewers' },
  getReviewers: { method: 'GET', path: '/reviewers/lookup' },
  listScorecardTemplates: { method: 'GET', path: '/scorecard-templates' },
  getInterviewPlan: { method: 'GET', path: '/jobs/:jobId/interview-plan' },
  saveInterviewPlan: { method: 'PUT', path: '/jobs/:jobId/interview-plan' },
  getCandidate: { method: 'GET', path: '/candidates/:candidateId' },
  listCandidateAssessments: { method: 'GET', path: '/candidates/:candidateId/assessments' },
  sendAssessment: { method: 'POST', path: '/assessments' },
  resendAssessment: { method: 'POST', path: '/assessments/:assessmentId/resend' },
  cancelAssessment: { method: 'POST', path: '/assessments/:assessmentId/cancel' },
  createLiveInterview: { method: 'POST', path: '/live-interviews' },
  sendInterviewLink: { method: 'POST', path: '/live-interviews/:assessmentId/send-link' },
  getAssessmentFeedback: { method: 'GET', path: '/assessments/:assessmentId/feedback' },
  saveFeedbackDraft: { method: 'PUT', path: '/assessments/:assessmentId/feedback/draft' },
  submitFeedback: { method: 'POST', path: '/assessments/:assessmentId/feedback' },
} as const satisfies Record<string, { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string }>;

export type RestOperation = keyof typeof restRoutes;

/**
 * Optional live updates (docs/rest-contract.md "Live updates"): a Server-Sent Events stream of one candidate's
 * assessments, each event named `LIVE_UPDATES_EVENT` with an `Assessment` as its data. Outside `restRoutes`: a
 * server may leave it out, and `createHttpAdapter` uses it only with `liveUpdates: true`.
 */
export const liveUpdatesRoute = { method: 'GET', path: '/candidates/:candidateId/assessments/events' } as const;
export const LIVE_UPDATES_EVENT = 'assessment';

/** Fills `:param` segments, encoding each value. */
export function buildPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The HTTP status each error code answers with (an error may name its own, e.g. 400 for a body that can't be read). */
export const httpStatusByCode: Record<ServerErrorCode, number> = {
  validation: 422,
  invalid_api_key: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  server: 500,
};

/** Body of every error response. */
export const errorBodySchema = z.object({
  error: z.object({
    // A code the contract does not know (or a client-side one such as `network`) reads as `server`.
    code: z.catch(z.enum(serverErrorCodes), 'server'),
    message: z.catch(z.string(), ''),
    fieldErrors: z.optional(z.record(z.string(), z.string())),
    /** Why a 409 happened, when the contract names it (an unknown reason reads as none). */
    reason: z.catch(z.optional(z.enum(conflictReasons)), undefined),
    /** With reason `duplicate_assessment`: the candidate's active assessment of the same test. */
    existingAssessment: z.catch(z.optional(assessmentSchema), undefined),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * Request bodies (sendAssessment's is the domain's `sendAssessmentInputSchema`, createLiveInterview's
 * `createLiveInterviewInputSchema`; saveFeedbackDraft's and submitFeedback's the domain's `feedbackAnswersBodySchema`).
 */
export const apiKeyBodySchema = z.object({ apiKey: z.string().check(z.minLength(1)) });
export const cancelBodySchema = z.object({ reason: z.optional(z.string()) });
/** `GET /reviewers/lookup?ids=a&ids=b`: the query parameter, repeated once per id. */
export const REVIEWER_IDS_PARAM = 'ids';
/** `PUT /jobs/:jobId/interview-plan` (the jobId is in the path). */
export const saveInterviewPlanBodySchema = z.object({
  baseVersion: z.number().check(z.int(), z.nonnegative()),
  stages: z.array(interviewStageSchema),
});
