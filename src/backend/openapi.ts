import * as z from 'zod/mini';
import {
  activitySchema,
  assessmentFeedbackSchema,
  assessmentListSchema,
  assessmentSchema,
  assessmentStatusSchema,
  assessmentStatuses,
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
import { safeUrl } from '../domain/common';
import { otherActivitySchema } from '../domain/interview-plan';
import {
  apiKeyBodySchema,
  cancelBodySchema,
  errorBodySchema,
  IDEMPOTENCY_HEADER,
  LIVE_UPDATES_EVENT,
  liveUpdatesRoute,
  restRoutes,
  REVIEWER_IDS_PARAM,
  saveInterviewPlanBodySchema,
} from './rest-contract';
import type { RestOperation } from './rest-contract';

type JsonObject = Record<string, unknown>;

/** Named schemas that become `components/schemas`; anything that uses one refers to it by `$ref`. */
const namedSchemas = {
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
type SchemaName = keyof typeof namedSchemas;

interface OperationShape {
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
const operations = {
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

const errorDescriptions = {
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
type ErrorStatus = keyof typeof errorDescriptions;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** IMF-fixdate, the HTTP-date form servers must send (RFC 9110 section 5.6.7). */
const HTTP_DATE_PATTERN =
  '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT$';

function componentSchemas(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(namedSchemas)) registry.add(schema, { id: name });
  // `input`: the document describes what crosses the wire, i.e. what the client parses, not what parsing yields.
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    // Lenient parsing has no JSON Schema of its own; say what servers should send and what happens to anything else.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === assessmentStatusSchema || zodSchema === assessmentStatusOnTheWire) {
        jsonSchema.type = 'string';
        jsonSchema.examples = [...assessmentStatuses];
        jsonSchema.description =
          'One of the lifecycle statuses; vendor words (invited, submitted...) are mapped, and anything else reads as ' +
          '`unknown` (an assessment keeps the word in `vendorStatus` when that is null).';
      }
      // The refinement that keeps `send_assessment` out of other activities has no JSON Schema of its own.
      if (zodSchema === otherActivitySchema.shape.type) {
        jsonSchema.not = { const: 'send_assessment' };
      }
      if (zodSchema === safeUrl) {
        jsonSchema.description = 'An http(s) URL or null; any other value reads as null.';
      }
    },
  });
  // Each component is embedded in the OpenAPI document, so the per-schema `$id`/`$schema` would only mislead.
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $id: _id, $schema: _schema, ...rest } = schema as JsonObject;
      return [name, rest];
    }),
  );
}

/**
 * The error statuses of an operation: those any server may answer (401, 403, 429, 5xx), and those the rules of
 * the contract produce. test/backend/openapi-conformance.test.ts checks that the mock answers nothing else.
 */
function errorStatusesFor(operation: RestOperation): ErrorStatus[] {
  const { method, path } = restRoutes[operation];
  const shape: OperationShape = operations[operation];
  const statuses: ErrorStatus[] = ['401', '403', '429', '5XX'];
  if (path.includes(':') || shape.bodyRefersToRecords) statuses.push('404');
  // Writes: a missing Idempotency-Key or unreadable JSON is a 400; a key reused for another request, a 409.
  if (method !== 'GET') statuses.push('400', '409');
  if (shape.requestBody) statuses.push('422');
  // Bad search params (`limit=0`, a foreign `cursor`) are a validation error too.
  if (shape.paged) statuses.push('422');
  // No ids, or more than the server looks up at once.
  if (shape.idsQuery) statuses.push('422');
  return [...new Set(statuses)].sort();
}

function operationObject(operation: RestOperation): JsonObject {
  const { method, path } = restRoutes[operation];
  const shape: OperationShape = operations[operation];
  const parameters: JsonObject[] = [...path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string', minLength: 1 },
  }));
  if (shape.paged) {
    parameters.push(
      { name: 'search', in: 'query', required: false, schema: { type: 'string' } },
      {
        name: 'cursor',
        in: 'query',
        required: false,
        description: 'The `nextCursor` of the previous page.',
        schema: { type: 'string' },
      },
      { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
    );
  }
  if (shape.idsQuery) {
    parameters.push({
      name: REVIEWER_IDS_PARAM,
      in: 'query',
      required: true,
      description: 'Repeated once per id: `?ids=a&ids=b`.',
      style: 'form',
      explode: true,
      schema: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, maxItems: MAX_REVIEWER_LOOKUP },
    });
  }
  if (method !== 'GET') {
    parameters.push({
      name: IDEMPOTENCY_HEADER,
      in: 'header',
      required: true,
      description:
        'Made once per user intent and reused on retries. Scoped to the signed-in user and this operation: the same ' +
        'path parameters and body replay the first success (its status and body); another request under the key is ' +
        '409. Failures are not stored, so the key again after one is a new attempt. See docs/rest-contract.md.',
      schema: { type: 'string', minLength: 1 },
    });
  }
  const responses: JsonObject = {
    [String(shape.successStatus ?? 200)]: {
      description: 'OK',
      content: { 'application/json': { schema: ref(shape.response) } },
    },
  };
  for (const status of errorStatusesFor(operation)) responses[status] = { $ref: `#/components/responses/Error${status}` };
  return {
    operationId: operation,
    summary: shape.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(shape.requestBody
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(shape.requestBody) } } } }
      : {}),
    responses,
  };
}

function errorResponses(): JsonObject {
  return Object.fromEntries(
    Object.entries(errorDescriptions).map(([status, description]) => [
      `Error${status}`,
      {
        description,
        ...(status === '429'
          ? {
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait (an integer), or an HTTP date (RFC 9110 section 10.2.3).',
                  schema: {
                    anyOf: [
                      { type: 'integer', minimum: 0 },
                      { type: 'string', pattern: HTTP_DATE_PATTERN, examples: ['Wed, 21 Oct 2026 07:28:00 GMT'] },
                    ],
                  },
                },
              },
            }
          : {}),
        content: { 'application/json': { schema: ref('ErrorBody') } },
      },
    ]),
  );
}

/**
 * How the host's session reaches the server: `createHttpAdapter` calls `fetch` with its default credentials
 * (`same-origin`) and adds the `headers` the host gives it to every request, reads and writes alike.
 */
const securitySchemes = {
  hostSession: {
    type: 'apiKey',
    in: 'cookie',
    name: 'session',
    description:
      "The host ATS's own sign-in cookie, whatever its name (`session` stands for it). The browser sends it because the " +
      "adapter leaves fetch's credentials at `same-origin`: mount the contract on the page's own origin. On another " +
      "origin, pass `createHttpAdapter({ fetch })` a fetch that sets `credentials: 'include'`, and answer CORS with " +
      'credentials allowed. Check CSRF on writes as for any cookie session (a header from `headers`, say).',
  },
  hostHeaders: {
    type: 'http',
    scheme: 'bearer',
    description:
      'A token the host passes in `createHttpAdapter({ headers })`: a static object, or a function called before every ' +
      'request so a rotating token stays fresh. Every request carries it. Any other header the host needs (a CSRF or ' +
      'tenant header) travels the same way.',
  },
} as const;

/** The optional Server-Sent Events stream (docs/rest-contract.md "Live updates"), outside `restRoutes`. */
function liveUpdatesObject(): JsonObject {
  return {
    operationId: 'streamCandidateAssessments',
    summary:
      "Optional. A Server-Sent Events stream of one candidate's assessments: first each one as it is, then each as it " +
      `changes, as events named \`${LIVE_UPDATES_EVENT}\` whose data is an Assessment (the higher revision wins). ` +
      'A server without it answers 404 and the kit polls.',
    parameters: [{ name: 'candidateId', in: 'path', required: true, schema: { type: 'string', minLength: 1 } }],
    responses: {
      '200': { description: 'The stream', content: { 'text/event-stream': { schema: { type: 'string' } } } },
      ...Object.fromEntries(['401', '403', '404', '5XX'].map((status) => [status, { $ref: `#/components/responses/Error${status}` }])),
    },
  };
}

/** The reference REST contract as OpenAPI 3.1, built from `restRoutes` and the domain schemas (docs/openapi.json). */
export function createOpenApiDocument(): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const operation of Object.keys(restRoutes) as RestOperation[]) {
    const { method, path } = restRoutes[operation];
    const openApiPath = path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[openApiPath] = { ...paths[openApiPath], [method.toLowerCase()]: operationObject(operation) };
  }
  paths[liveUpdatesRoute.path.replace(/:([A-Za-z]+)/g, '{$1}')] = { get: liveUpdatesObject() };
  return {
    openapi: '3.1.1',
    info: {
      title: 'assessment-kit reference REST contract',
      version: '1.0.0',
      description:
        'What `createHttpAdapter` calls. Paths are relative to the adapter\'s baseUrl. See docs/rest-contract.md.',
    },
    servers: [{ url: '{baseUrl}', variables: { baseUrl: { default: '/api', description: "The adapter's baseUrl." } } }],
    // Either scheme will do: the kit has no sign-in of its own and passes on whatever the host's page has.
    security: Object.keys(securitySchemes).map((name) => ({ [name]: [] })),
    paths,
    components: { schemas: componentSchemas(), responses: errorResponses(), securitySchemes },
  };
}
