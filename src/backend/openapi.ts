import * as z from 'zod/mini';
import { assessmentStatuses, assessmentStatusSchema, MAX_REVIEWER_LOOKUP } from '../domain';
import { assessmentStatusOnTheWire } from '../domain/assessment';
import { safeUrl } from '../domain/common';
import { otherActivitySchema } from '../domain/interview-plan';
import { errorDescriptions, namedSchemas, operations, type ErrorStatus, type OperationShape } from './openapi-operations';
import { IDEMPOTENCY_HEADER, LIVE_UPDATES_EVENT, liveUpdatesRoute, restRoutes, REVIEWER_IDS_PARAM } from './rest-contract';
import type { RestOperation } from './rest-contract';

// The reference REST contract as an OpenAPI 3.1 document (docs/openapi.json): the routes, their parameters and
// responses, the component schemas from the domain's zod schemas, and how the host's session travels. What each
// route sends and answers is the table in openapi-operations.ts.

type JsonObject = Record<string, unknown>;

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
