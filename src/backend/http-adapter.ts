import type * as z from 'zod/mini';
import {
  assessmentFeedbackSchema,
  assessmentListSchema,
  assessmentSchema,
  assessmentTestPageSchema,
  candidateSchema,
  connectResultSchema,
  integrationSchema,
  interviewPlanSchema,
  providerListSchema,
  reviewerListSchema,
  reviewerPageSchema,
  scorecardTemplateListSchema,
} from '../domain';
import type { PageParams } from '../domain';
import { AssessmentBackendError } from './errors';
import { errorFromResponse } from './http-errors';
import { subscribeToCandidate } from './live-updates-client';
import { buildPath, IDEMPOTENCY_HEADER, liveUpdatesRoute, restRoutes, REVIEWER_IDS_PARAM } from './rest-contract';
import type { RestOperation } from './rest-contract';
import type { AssessmentBackend, WriteOptions } from './types';

export interface HttpAdapterOptions {
  /** Where the REST contract is mounted: absolute (`https://ats.example/api/assessments`) or relative (`/api`). */
  baseUrl: string;
  /** Defaults to the global `fetch`, looked up on every call so request interceptors (MSW) installed later apply. */
  fetch?: typeof fetch;
  /** Sent with every request, e.g. auth or CSRF headers. A function is called per request (tokens that rotate). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /**
   * Push updates over the contract's optional Server-Sent Events route (docs/rest-contract.md "Live updates"), for
   * servers that have it (`assessment-kit/server` does). Without it the adapter has no `subscribe` and the kit polls.
   * While the stream is down the adapter reads the list once per reconnect attempt (every `retryMs`, doubling up to
   * 30 s), so a server without the route still updates, slowly.
   */
  liveUpdates?: boolean | { retryMs?: number };
}

interface Call<S extends z.ZodMiniType> {
  operation: RestOperation;
  schema: S;
  params?: Record<string, string>;
  query?: PageParams;
  /** Query parameters sent once per value (`?ids=a&ids=b`). */
  repeatedQuery?: Record<string, readonly string[]>;
  body?: unknown;
  options?: Partial<WriteOptions>;
  /** A value the caller submitted that must never reach an error message (the API key). */
  secret?: string;
}

/**
 * The reference adapter for the REST contract in `rest-contract.ts` (see docs/rest-contract.md).
 * It has `subscribe` only with `liveUpdates`: otherwise the kit polls while an assessment is active.
 */
export function createHttpAdapter(options: HttpAdapterOptions): AssessmentBackend {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const requestHeaders = async () => new Headers(typeof options.headers === 'function' ? await options.headers() : options.headers);

  async function call<S extends z.ZodMiniType>(spec: Call<S>): Promise<z.infer<S>> {
    const { operation, options: requestOptions = {} } = spec;
    const route = restRoutes[operation];
    const signal = requestOptions.signal;

    const headers = await requestHeaders();
    headers.set('Accept', 'application/json');
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    if (requestOptions.idempotencyKey !== undefined) headers.set(IDEMPOTENCY_HEADER, requestOptions.idempotencyKey);

    const url = baseUrl + buildPath(route.path, spec.params) + queryString(spec.query, spec.repeatedQuery);
    // Called as a plain function: browsers reject `fetch` invoked as a method of another object.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: route.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal,
      });
    } catch (error) {
      // TanStack Query recognises cancellation by the signal's own reason; wrapping it would look like a failure.
      if (signal?.aborted) throw signal.reason;
      throw new AssessmentBackendError('network', `${operation}: the request did not reach the server`, {
        cause: error,
      });
    }

    if (!response.ok) throw await errorFromResponse(operation, response, signal, spec.secret);

    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new AssessmentBackendError('network', `${operation}: the response was cut off`, {
        status: response.status,
        cause: error,
      });
    }
    // No `cause` on bad_response: a JSON SyntaxError quotes the body, and bodies can hold secrets (signingSecret).
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new AssessmentBackendError('bad_response', `${operation}: the response body is not JSON`, {
        status: response.status,
      });
    }
    const result = spec.schema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue ? `at ${formatIssuePath(issue.path)} (${issue.code})` : '';
      throw new AssessmentBackendError(
        'bad_response',
        `${operation}: the response does not match the contract ${where}`.trim(),
        { status: response.status },
      );
    }
    return result.data;
  }

  const backend: AssessmentBackend = {
    async listProviders(opts) {
      const data = await call({ operation: 'listProviders', schema: providerListSchema, options: opts });
      return data.providers;
    },
    getIntegration(providerId, opts) {
      return call({ operation: 'getIntegration', schema: integrationSchema, params: { providerId }, options: opts });
    },
    connectIntegration({ providerId, apiKey }, opts) {
      return call({
        operation: 'connectIntegration',
        schema: connectResultSchema,
        params: { providerId },
        body: { apiKey },
        options: opts,
        secret: apiKey,
      });
    },
    replaceApiKey({ providerId, apiKey }, opts) {
      return call({
        operation: 'replaceApiKey',
        schema: connectResultSchema,
        params: { providerId },
        body: { apiKey },
        options: opts,
        secret: apiKey,
      });
    },
    disconnectIntegration(providerId, opts) {
      return call({
        operation: 'disconnectIntegration',
        schema: integrationSchema,
        params: { providerId },
        options: opts,
      });
    },
    rotateWebhookUrl(providerId, opts) {
      return call({ operation: 'rotateWebhookUrl', schema: integrationSchema, params: { providerId }, options: opts });
    },
    listTests({ providerId, ...query }, opts) {
      return call({
        operation: 'listTests',
        schema: assessmentTestPageSchema,
        params: { providerId },
        query,
        options: opts,
      });
    },
    listReviewers(query, opts) {
      return call({ operation: 'listReviewers', schema: reviewerPageSchema, query, options: opts });
    },
    async getReviewers(ids, opts) {
      if (ids.length === 0) return [];
      const data = await call({
        operation: 'getReviewers',
        schema: reviewerListSchema,
        repeatedQuery: { [REVIEWER_IDS_PARAM]: ids },
        options: opts,
      });
      return data.reviewers;
    },
    async listScorecardTemplates(opts) {
      const data = await call({ operation: 'listScorecardTemplates', schema: scorecardTemplateListSchema, options: opts });
      return data.templates;
    },
    getInterviewPlan(jobId, opts) {
      return call({ operation: 'getInterviewPlan', schema: interviewPlanSchema, params: { jobId }, options: opts });
    },
    saveInterviewPlan({ jobId, baseVersion, stages }, opts) {
      return call({
        operation: 'saveInterviewPlan',
        schema: interviewPlanSchema,
        params: { jobId },
        body: { baseVersion, stages },
        options: opts,
      });
    },
    getCandidate(candidateId, opts) {
      return call({ operation: 'getCandidate', schema: candidateSchema, params: { candidateId }, options: opts });
    },
    async listCandidateAssessments(candidateId, opts) {
      const data = await call({
        operation: 'listCandidateAssessments',
        schema: assessmentListSchema,
        params: { candidateId },
        options: opts,
      });
      return data.assessments;
    },
    sendAssessment(input, opts) {
      return call({ operation: 'sendAssessment', schema: assessmentSchema, body: input, options: opts });
    },
    resendAssessment(assessmentId, opts) {
      return call({ operation: 'resendAssessment', schema: assessmentSchema, params: { assessmentId }, options: opts });
    },
    cancelAssessment({ assessmentId, reason }, opts) {
      return call({
        operation: 'cancelAssessment',
        schema: assessmentSchema,
        params: { assessmentId },
        body: { reason },
        options: opts,
      });
    },
    createLiveInterview(input, opts) {
      return call({ operation: 'createLiveInterview', schema: assessmentSchema, body: input, options: opts });
    },
    sendInterviewLink(assessmentId, opts) {
      return call({ operation: 'sendInterviewLink', schema: assessmentSchema, params: { assessmentId }, options: opts });
    },
    getAssessmentFeedback(assessmentId, opts) {
      return call({ operation: 'getAssessmentFeedback', schema: assessmentFeedbackSchema, params: { assessmentId }, options: opts });
    },
    saveFeedbackDraft({ assessmentId, answers }, opts) {
      return call({
        operation: 'saveFeedbackDraft',
        schema: assessmentFeedbackSchema,
        params: { assessmentId },
        body: { answers },
        options: opts,
      });
    },
    submitFeedback({ assessmentId, answers }, opts) {
      return call({
        operation: 'submitFeedback',
        schema: assessmentFeedbackSchema,
        params: { assessmentId },
        body: { answers },
        options: opts,
      });
    },
  };
  if (!options.liveUpdates) return backend;
  const retryMs = (typeof options.liveUpdates === 'object' ? options.liveUpdates.retryMs : undefined) ?? 1000;
  const stream = {
    fetch: (url: string, init: RequestInit) => (options.fetch ?? globalThis.fetch)(url, init),
    headers: requestHeaders,
    relist: (candidateId: string, signal: AbortSignal) => backend.listCandidateAssessments(candidateId, { signal }),
    retryMs,
  };
  return {
    ...backend,
    subscribe: (candidateId, onChange) => subscribeToCandidate(stream, baseUrl + buildPath(liveUpdatesRoute.path, { candidateId }), candidateId, onChange),
  };
}

function queryString(query: PageParams = {}, repeated: Record<string, readonly string[]> = {}): string {
  const search = new URLSearchParams();
  if (query.search) search.set('search', query.search);
  if (query.cursor) search.set('cursor', query.cursor);
  if (query.limit !== undefined) search.set('limit', String(query.limit));
  for (const [name, values] of Object.entries(repeated)) for (const value of values) search.append(name, value);
  const encoded = search.toString();
  return encoded ? `?${encoded}` : '';
}

/** `assessments[0].status`: names where the body broke the contract without quoting what it held. */
function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

