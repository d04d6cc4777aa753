/**
 * docs/openapi.json as a validator of the server's answers: each response must be one the document declares for its
 * operation and status, with a body (and Retry-After) its schema accepts.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { RestOperation } from '../../src/backend/rest-contract';

interface ResponseObject {
  $ref?: string;
  headers?: Record<string, { schema: unknown }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId: RestOperation; responses: Record<string, ResponseObject> }>>;
  components: { responses: Record<string, ResponseObject> };
}

const DOCUMENT_ID = 'openapi.json';
const document = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'paths', 'components']);
ajv.addSchema(document, DOCUMENT_ID);

const operations = new Map<RestOperation, { path: string; method: string; responses: Record<string, ResponseObject> }>();
for (const [path, methods] of Object.entries(document.paths)) {
  for (const [method, operation] of Object.entries(methods)) operations.set(operation.operationId, { path, method, responses: operation.responses });
}

const escape = (path: string) => path.replaceAll('~', '~0').replaceAll('/', '~1');

/** What is wrong with this answer to `operation`, by the document; an empty list when nothing is. */
export async function openApiProblems(operation: RestOperation, response: Response): Promise<string[]> {
  const entry = operations.get(operation);
  if (!entry) return [`the document has no operation ${operation}`];
  const key = [String(response.status), `${String(response.status)[0]}XX`].find((k) => k in entry.responses);
  if (!key) return [`${operation} answered ${response.status}, which the document does not declare`];
  const declared = entry.responses[key]!;
  const pointer = declared.$ref
    ? `#/components/responses/${declared.$ref.split('/').pop()!}`
    : `#/paths/${escape(entry.path)}/${entry.method}/responses/${key}`;
  const headers = declared.$ref ? document.components.responses[declared.$ref.split('/').pop()!]!.headers : declared.headers;
  const problems: string[] = [];
  const validateBody = ajv.getSchema(`${DOCUMENT_ID}${pointer}/content/application~1json/schema`);
  if (!validateBody) return [`no schema at ${pointer}`];
  if (!validateBody(await response.clone().json())) problems.push(`${operation} ${response.status} body: ${ajv.errorsText(validateBody.errors)}`);
  for (const name of Object.keys(headers ?? {})) {
    const raw = response.headers.get(name);
    if (raw === null) continue;
    const validateHeader = ajv.getSchema(`${DOCUMENT_ID}${pointer}/headers/${name}/schema`)!;
    if (!validateHeader(/^\d+$/.test(raw) ? Number(raw) : raw)) problems.push(`${name}: ${ajv.errorsText(validateHeader.errors)}`);
  }
  return problems;
}
