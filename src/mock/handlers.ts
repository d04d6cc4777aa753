import { delay, http, HttpResponse } from 'msw';
import type { HttpHandler } from 'msw';
import type * as z from 'zod/mini';
import { AssessmentBackendError, serverErrorCodes } from '../backend/errors';
import type { BackendErrorCode, ServerErrorCode } from '../backend/errors';
import {
  apiKeyBodySchema,
  cancelBodySchema,
  IDEMPOTENCY_HEADER,
  restRoutes,
  REVIEWER_IDS_PARAM,
  saveInterviewPlanBodySchema,
  httpStatusByCode,
} from '../backend/rest-contract';
import type { ErrorBody, RestOperation } from '../backend/rest-contract';
import type { WriteOptions } from '../backend/types';
import type { PageParams } from '../domain';
import { createLiveInterviewInputSchema, feedbackAnswersBodySchema, sendAssessmentInputSchema } from '../domain';
import type { MockFaults, PlannedFault } from './faults';
import type { MockBackend } from './mock-backend';
import { validationError, validationErrorFromIssues } from '../backend/validation-errors';

export interface MockHandlerOptions {
  /** Prefix of every route, as given to `createHttpAdapter` (default `/api`). */
  baseUrl?: string;
  /** Faults planned by a story or test; none when omitted. */
  faults?: MockFaults;
  /** Milliseconds to wait before answering, read on every request. */
  latencyMs?: () => number;
}

/** The status the mock answers for each error code a server may send: the contract's. */
export const mockHttpStatusByCode = httpStatusByCode;

interface RouteContext {
  params: Record<string, string>;
  url: URL;
  request: Request;
  /** The request's signal, and the Idempotency-Key header (empty on reads). */
  options: WriteOptions;
}

interface RouteResult {
  body: unknown;
  status?: number;
}

/**
 * MSW handlers implementing every route of the REST contract over a mock backend, so the HTTP adapter (and any
 * client of the contract) can be exercised in Storybook and Vitest. Routes come from `restRoutes`, so they
 * cannot drift from the adapter.
 */
export function createMockHandlers(mock: MockBackend, options: MockHandlerOptions = {}): HttpHandler[] {
  const baseUrl = (options.baseUrl ?? '/api').replace(/\/+$/, '');
  const b = mock.backend;

  // A total record: adding a route to the contract fails to compile until it is served here.
  const routes: Record<RestOperation, (ctx: RouteContext) => Promise<RouteResult>> = {
    listProviders: async ({ options: o }) => ({ body: { providers: await b.listProviders(o) } }),
    getIntegration: async ({ params, options: o }) => ({ body: await b.getIntegration(params.providerId!, o) }),
    connectIntegration: async ({ params, request, options: o }) => {
      const { apiKey } = await readBody(request, apiKeyBodySchema);
      return { body: await b.connectIntegration({ providerId: params.providerId!, apiKey }, o) };
    },
    replaceApiKey: async ({ params, request, options: o }) => {
      const { apiKey } = await readBody(request, apiKeyBodySchema);
      return { body: await b.replaceApiKey({ providerId: params.providerId!, apiKey }, o) };
    },
    disconnectIntegration: async ({ params, options: o }) => ({ body: await b.disconnectIntegration(params.providerId!, o) }),
    rotateWebhookUrl: async ({ params, options: o }) => ({ body: await b.rotateWebhookUrl(params.providerId!, o) }),
    listTests: async ({ params, url, options: o }) => ({
      body: await b.listTests({ providerId: params.providerId!, ...pageParams(url) }, o),
    }),
    listReviewers: async ({ url, options: o }) => ({ body: await b.listReviewers(pageParams(url), o) }),
    getReviewers: async ({ url, options: o }) => {
      const ids = url.searchParams.getAll(REVIEWER_IDS_PARAM);
      // The adapter never asks for nothing; a server answers an empty lookup as a mistake in the query.
      if (ids.length === 0) throw validationError(REVIEWER_IDS_PARAM, 'Name at least one id.');
      return { body: { reviewers: await b.getReviewers(ids, o) } };
    },
    listScorecardTemplates: async ({ options: o }) => ({ body: { templates: await b.listScorecardTemplates(o) } }),
    getInterviewPlan: async ({ params, options: o }) => ({ body: await b.getInterviewPlan(params.jobId!, o) }),
    saveInterviewPlan: async ({ params, request, options: o }) => {
      const { baseVersion, stages } = await readBody(request, saveInterviewPlanBodySchema);
      return { body: await b.saveInterviewPlan({ jobId: params.jobId!, baseVersion, stages }, o) };
    },
    getCandidate: async ({ params, options: o }) => ({ body: await b.getCandidate(params.candidateId!, o) }),
    listCandidateAssessments: async ({ params, options: o }) => ({
      body: { assessments: await b.listCandidateAssessments(params.candidateId!, o) },
    }),
    sendAssessment: async ({ request, options: o }) => ({
      body: await b.sendAssessment(await readBody(request, sendAssessmentInputSchema), o),
      status: 201,
    }),
    resendAssessment: async ({ params, options: o }) => ({ body: await b.resendAssessment(params.assessmentId!, o) }),
    cancelAssessment: async ({ params, request, options: o }) => {
      const { reason } = await readBody(request, cancelBodySchema, { allowEmpty: true });
      return { body: await b.cancelAssessment({ assessmentId: params.assessmentId!, ...(reason === undefined ? {} : { reason }) }, o) };
    },
    createLiveInterview: async ({ request, options: o }) => ({
      body: await b.createLiveInterview(await readBody(request, createLiveInterviewInputSchema), o),
      status: 201,
    }),
    sendInterviewLink: async ({ params, options: o }) => ({ body: await b.sendInterviewLink(params.assessmentId!, o) }),
    getAssessmentFeedback: async ({ params, options: o }) => ({ body: await b.getAssessmentFeedback(params.assessmentId!, o) }),
    saveFeedbackDraft: async ({ params, request, options: o }) => {
      const { answers } = await readBody(request, feedbackAnswersBodySchema);
      return { body: await b.saveFeedbackDraft({ assessmentId: params.assessmentId!, answers }, o) };
    },
    submitFeedback: async ({ params, request, options: o }) => {
      const { answers } = await readBody(request, feedbackAnswersBodySchema);
      return { body: await b.submitFeedback({ assessmentId: params.assessmentId!, answers }, o) };
    },
  };

  return (Object.keys(restRoutes) as RestOperation[]).map((operation) => {
    const route = restRoutes[operation];
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    return http[method](`${baseUrl}${route.path}`, async ({ request, params }) => {
      const fault = options.faults?.take(operation) ?? null;
      const latency = options.latencyMs?.() ?? 0;
      if (latency > 0) await delay(latency);
      if (fault) return faultResponse(fault);
      try {
        // Reads ignore the key; writes must carry one.
        const idempotencyKey = request.headers.get(IDEMPOTENCY_HEADER) ?? '';
        if (route.method !== 'GET' && !idempotencyKey) {
          throw new AssessmentBackendError('validation', `Writes need an ${IDEMPOTENCY_HEADER} header.`, { status: 400 });
        }
        const result = await routes[operation]({
          params: params as Record<string, string>,
          url: new URL(request.url),
          request,
          options: { signal: request.signal, idempotencyKey },
        });
        return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status ?? 200 });
      } catch (error) {
        return errorResponse(error);
      }
    });
  });
}

function pageParams(url: URL): PageParams {
  const search = url.searchParams.get('search');
  const cursor = url.searchParams.get('cursor');
  const limit = url.searchParams.get('limit');
  return {
    ...(search === null ? {} : { search }),
    ...(cursor === null ? {} : { cursor }),
    // NaN for a non-number: the backend reports it as a validation error on `limit`.
    ...(limit === null ? {} : { limit: Number(limit) }),
  };
}

/** Parses a JSON body: unreadable JSON is a 400, a body of the wrong shape a 422 with fieldErrors. */
async function readBody<T>(
  request: Request,
  schema: z.ZodMiniType<T>,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): Promise<T> {
  const text = await request.text();
  let json: unknown = {};
  if (text.trim() !== '' || !allowEmpty) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new AssessmentBackendError('validation', 'The request body is not JSON.', { status: 400 });
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  return parsed.data;
}

function errorBody(
  code: ServerErrorCode,
  message: string,
  fieldErrors: Record<string, string> | undefined,
  conflict: Pick<AssessmentBackendError, 'reason' | 'existingAssessment'> = { reason: null, existingAssessment: null },
): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
      ...(conflict.reason ? { reason: conflict.reason } : {}),
      ...(conflict.existingAssessment ? { existingAssessment: conflict.existingAssessment } : {}),
    },
  };
}

const isServerErrorCode = (code: BackendErrorCode): code is ServerErrorCode =>
  (serverErrorCodes as readonly BackendErrorCode[]).includes(code);

function errorResponse(error: unknown) {
  if (!(error instanceof AssessmentBackendError) || !isServerErrorCode(error.code)) {
    // An aborted request lands here too; nobody is listening for the answer any more.
    return HttpResponse.json(errorBody('server', 'The mock server failed unexpectedly.', undefined), { status: 500 });
  }
  const headers = error.retryAfterSeconds === null ? undefined : { 'Retry-After': String(error.retryAfterSeconds) };
  return HttpResponse.json(errorBody(error.code, error.message, error.fieldErrors, error), {
    status: error.status ?? mockHttpStatusByCode[error.code],
    headers,
  });
}

function faultResponse(fault: PlannedFault) {
  switch (fault.kind) {
    case 'network':
      return HttpResponse.error();
    case 'malformed':
      // Valid JSON that matches no response schema of the contract.
      return HttpResponse.json({ malformed: true, note: 'Injected by the mock server.' });
    case 'error':
      return HttpResponse.json(errorBody(fault.code, fault.message, fault.fieldErrors), {
        status: fault.status,
        headers: fault.retryAfterSeconds === null ? undefined : { 'Retry-After': String(fault.retryAfterSeconds) },
      });
  }
}
