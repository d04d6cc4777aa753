import type * as z from 'zod/mini';
import { apiKeyBodySchema, cancelBodySchema, restRoutes, REVIEWER_IDS_PARAM, saveInterviewPlanBodySchema } from '../backend/rest-contract';
import type { RestOperation } from '../backend/rest-contract';
import { createLiveInterviewInputSchema, feedbackAnswersBodySchema, sendAssessmentInputSchema } from '../domain';
import type { RequestContext } from './context';
import type { PageQuery } from './operations/catalogue';
import * as catalogue from './operations/catalogue';
import * as integrations from './operations/integrations';
import * as plans from './operations/plans';
import * as assessments from './operations/assessments';
import * as feedback from './operations/feedback';
import type { SqlQueryable } from './sql';

type Params = Record<string, string>;

interface ReadRoute {
  kind: 'read';
  run(ctx: RequestContext, params: Params, url: URL): Promise<unknown>;
}

interface WriteRoute<Body> {
  kind: 'write';
  /** The request body's schema (the adapter's own); none: the body is ignored. */
  body: z.ZodMiniType<Body> | null;
  /** An empty body reads as `{}` (cancel's reason is optional). */
  emptyBody?: boolean;
  /** The body as the server reads it: defaults filled in, so the fingerprint of "left out" and "default" is one. */
  normalize?(body: Body): unknown;
  /** 201 for creations. */
  status?: number;
  /** The answer holds a secret (the signing secret): stored sealed. */
  sealAnswer?: boolean;
  /**
   * The write may ask the vendor for an invitation, between two transactions (operations/vendor-send.ts) instead of
   * in one: `run` answers a `VendorWrite` (the assessment, and whether it waits on the vendor).
   */
  throughVendor?: boolean;
  /**
   * A vendor call the write needs first that no rollback undoes (a live pad): made outside any transaction, its
   * result handed to `run`, and released when the write doesn't keep it (idempotency.ts `idempotentWriteAfter`).
   */
  outside?: {
    make(ctx: RequestContext, params: Params, body: never): Promise<unknown>;
    release(made: never): Promise<void>;
  };
  run(ctx: RequestContext, tx: SqlQueryable, params: Params, body: never, made?: never): Promise<unknown>;
}

export type Route = ReadRoute | WriteRoute<never>;

const read = (run: ReadRoute['run']): ReadRoute => ({ kind: 'read', run });
const write = <Body, Normalized = Body, Made = undefined>(route: {
  body: z.ZodMiniType<Body> | null;
  emptyBody?: boolean;
  normalize?: (body: Body) => Normalized;
  status?: number;
  sealAnswer?: boolean;
  throughVendor?: boolean;
  outside?: { make(ctx: RequestContext, params: Params, body: Normalized): Promise<Made>; release(made: Made): Promise<void> };
  run(ctx: RequestContext, tx: SqlQueryable, params: Params, body: Normalized, made: Made): Promise<unknown>;
}): Route => ({ kind: 'write', ...route }) as unknown as Route;

const pageQuery = (url: URL): PageQuery => ({
  search: url.searchParams.get('search'),
  cursor: url.searchParams.get('cursor'),
  limit: url.searchParams.get('limit'),
});

/** Every operation of the contract: a total record, so a route added to `restRoutes` fails to compile until served. */
export const routes: Record<RestOperation, Route> = {
  listProviders: read(async (ctx) => ({ providers: catalogue.listProviders(ctx) })),
  getIntegration: read((ctx, p) => integrations.getIntegration(ctx, p.providerId!)),
  connectIntegration: write({
    body: apiKeyBodySchema,
    sealAnswer: true,
    run: (ctx, tx, p, body) => integrations.connectIntegration(ctx, tx, p.providerId!, body.apiKey),
  }),
  replaceApiKey: write({
    body: apiKeyBodySchema,
    sealAnswer: true,
    run: (ctx, tx, p, body) => integrations.replaceApiKey(ctx, tx, p.providerId!, body.apiKey),
  }),
  disconnectIntegration: write({ body: null, run: (ctx, tx, p) => integrations.disconnectIntegration(ctx, tx, p.providerId!) }),
  rotateWebhookUrl: write({ body: null, run: (ctx, tx, p) => integrations.rotateWebhookUrl(ctx, tx, p.providerId!) }),
  listTests: read((ctx, p, url) => catalogue.listTests(ctx, p.providerId!, pageQuery(url))),
  listReviewers: read((ctx, _p, url) => catalogue.listReviewers(ctx, pageQuery(url))),
  getReviewers: read(async (ctx, _p, url) => ({ reviewers: await catalogue.getReviewers(ctx, url.searchParams.getAll(REVIEWER_IDS_PARAM)) })),
  listScorecardTemplates: read(async (ctx) => ({ templates: await catalogue.listScorecardTemplates(ctx) })),
  getInterviewPlan: read((ctx, p) => plans.getInterviewPlan(ctx, p.jobId!)),
  saveInterviewPlan: write({
    body: saveInterviewPlanBodySchema,
    run: (ctx, tx, p, body) => plans.saveInterviewPlan(ctx, tx, { jobId: p.jobId!, ...body }),
  }),
  getCandidate: read((ctx, p) => catalogue.getCandidate(ctx, p.candidateId!)),
  listCandidateAssessments: read(async (ctx, p) => ({ assessments: await assessments.listCandidateAssessments(ctx, p.candidateId!) })),
  sendAssessment: write({
    body: sendAssessmentInputSchema,
    normalize: assessments.normalizeSendInput,
    status: 201,
    throughVendor: true,
    run: async (ctx, tx, _p, body) => ({ assessment: await assessments.sendAssessment(ctx, tx, body), atVendor: true }),
  }),
  resendAssessment: write({ body: null, throughVendor: true, run: (ctx, tx, p) => assessments.resendAssessment(ctx, tx, p.assessmentId!) }),
  cancelAssessment: write({
    body: cancelBodySchema,
    emptyBody: true,
    normalize: (body) => ({ reason: body.reason ?? null }),
    run: (ctx, tx, p, body) => assessments.cancelAssessment(ctx, tx, { assessmentId: p.assessmentId!, reason: body.reason }),
  }),
  createLiveInterview: write({
    body: createLiveInterviewInputSchema,
    normalize: (body): assessments.LiveInput => ({ ...body, scheduledAt: body.scheduledAt ?? null }),
    status: 201,
    outside: { make: (ctx, _p, body) => assessments.openLivePad(ctx, body), release: (pad) => pad.end() },
    run: (ctx, tx, _p, body, pad) => assessments.createLiveInterview(ctx, tx, body, pad),
  }),
  sendInterviewLink: write({ body: null, run: (ctx, tx, p) => assessments.sendInterviewLink(ctx, tx, p.assessmentId!) }),
  getAssessmentFeedback: read((ctx, p) => feedback.getAssessmentFeedback(ctx, p.assessmentId!)),
  saveFeedbackDraft: write({
    body: feedbackAnswersBodySchema,
    run: (ctx, tx, p, body) => feedback.writeFeedback(ctx, tx, { assessmentId: p.assessmentId!, answers: body.answers }, { final: false }),
  }),
  submitFeedback: write({
    body: feedbackAnswersBodySchema,
    run: (ctx, tx, p, body) => feedback.writeFeedback(ctx, tx, { assessmentId: p.assessmentId!, answers: body.answers }, { final: true }),
  }),
};

interface CompiledRoute {
  operation: RestOperation;
  method: string;
  segments: readonly string[];
}

const compiled: readonly CompiledRoute[] = (Object.keys(restRoutes) as RestOperation[]).map((operation) => ({
  operation,
  method: restRoutes[operation].method,
  segments: restRoutes[operation].path.split('/').slice(1),
}));

/**
 * The operation a method and path (below the base path) name, with its path parameters decoded. A parameter is
 * one segment, so an id holding `/` arrives as `%2F` and stays one parameter.
 */
export function matchRoute(method: string, path: string): { operation: RestOperation; params: Params } | null {
  const segments = path.split('/').slice(1);
  for (const route of compiled) {
    if (route.method !== method) continue;
    const params = matchSegments(route.segments, segments);
    if (params) return { operation: route.operation, params };
  }
  return null;
}

/** The parameters of `path` (below the base path) against one route pattern (`/candidates/:candidateId/...`). */
export const matchPath = (pattern: string, path: string): Params | null => matchSegments(pattern.split('/').slice(1), path.split('/').slice(1));

function matchSegments(pattern: readonly string[], segments: readonly string[]): Params | null {
  if (pattern.length !== segments.length) return null;
  const params: Params = {};
  const matched = pattern.every((segment, i) => {
    const actual = segments[i]!;
    if (!segment.startsWith(':')) return segment === actual;
    if (actual === '') return false;
    try {
      params[segment.slice(1)] = decodeURIComponent(actual);
      return true;
    } catch {
      return false;
    }
  });
  return matched ? params : null;
}
