import type * as z from 'zod/mini';
import { AssessmentBackendError, serverErrorCodes } from '../backend/errors';
import type { ServerErrorCode } from '../backend/errors';
import { httpStatusByCode, type ErrorBody } from '../backend/rest-contract';
import { validationErrorFromIssues } from '../backend/validation-errors';

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export const conflict = (message: string) => new AssessmentBackendError('conflict', message);
export const notFound = (message: string) => new AssessmentBackendError('not_found', message);
export const forbidden = (message: string) => new AssessmentBackendError('forbidden', message);

/** Parses a value with a schema, or throws the 422 that names each field. */
export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, prefix = ''): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues, prefix);
  return parsed.data;
}

/**
 * Reads a JSON body of at most `limit` bytes: larger is 413, unreadable JSON 400. Counted while streaming, so a
 * missing or false Content-Length changes nothing. An empty body reads as `undefined`.
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readBody(request, limit));
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AssessmentBackendError('validation', 'The request body is not JSON.', { status: 400 });
  }
}

/** The body's bytes as sent (a webhook's signature is over them), at most `limit` of them (else 413). */
export async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > limit) throw tooLarge(limit);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limit: number): AssessmentBackendError {
  return new AssessmentBackendError('validation', `The request body is larger than ${Math.floor(limit / 1024)} KB.`, { status: 413 });
}

export function jsonResponse(status: number, bodyText: string, headers: Record<string, string> = {}): Response {
  return new Response(bodyText, {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

export function errorResponse(error: AssessmentBackendError): Response {
  const code: ServerErrorCode = (serverErrorCodes as readonly string[]).includes(error.code) ? (error.code as ServerErrorCode) : 'server';
  const body: ErrorBody = {
    error: {
      code,
      message: error.message,
      ...(Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.reason ? { reason: error.reason } : {}),
      ...(error.existingAssessment ? { existingAssessment: error.existingAssessment } : {}),
    },
  };
  const headers: Record<string, string> = error.retryAfterSeconds === null ? {} : { 'Retry-After': String(error.retryAfterSeconds) };
  return jsonResponse(error.status ?? httpStatusByCode[code], JSON.stringify(body), headers);
}
