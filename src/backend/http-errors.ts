import type { RestOperation } from './rest-contract';
import { errorBodySchema } from './rest-contract';
import { AssessmentBackendError, serverErrorCodes } from './errors';
import type { BackendErrorCode } from './errors';

/**
 * How the HTTP adapter reads a failed response: the contract's error body when there is one, else the status; a
 * submitted secret (the API key) is redacted from every message, since servers sometimes echo what they were sent.
 */

const REDACTED = '[redacted]';

export async function errorFromResponse(
  operation: RestOperation,
  response: Response,
  signal: AbortSignal | undefined,
  secret: string | undefined,
): Promise<AssessmentBackendError> {
  const status = response.status;
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    if (signal?.aborted) throw signal.reason;
    // An HTML error page or an empty body: the status alone decides.
  }
  const parsed = errorBodySchema.safeParse(raw);
  const body = parsed.success ? parsed.data.error : undefined;
  const code = declaredCode(raw) ?? codeForStatus(status);
  const redact = (text: string) => redactSecret(text, secret);
  const fieldErrors = body?.fieldErrors
    ? Object.fromEntries(Object.entries(body.fieldErrors).map(([field, message]) => [field, redact(message)]))
    : undefined;
  return new AssessmentBackendError(
    code,
    body?.message ? redact(body.message) : `${operation} failed with HTTP ${status}`,
    {
      status,
      fieldErrors,
      ...(code === 'conflict' && body?.reason ? { reason: body.reason } : {}),
      ...(code === 'conflict' && body?.existingAssessment ? { existingAssessment: body.existingAssessment } : {}),
      retryAfterSeconds: code === 'rate_limited' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined,
    },
  );
}

/** The code the server's error body declares, if it is one the contract lets a server use. */
function declaredCode(raw: unknown): BackendErrorCode | undefined {
  if (typeof raw !== 'object' || raw === null || !('error' in raw)) return undefined;
  const error = raw.error;
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return serverErrorCodes.find((code) => code === error.code);
}

function codeForStatus(status: number): BackendErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      return 'server';
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Servers sometimes echo what they were sent; the key must not reach logs through our error message. */
function redactSecret(text: string, secret: string | undefined): string {
  if (!secret) return text;
  let result = text.split(secret).join(REDACTED);
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) result = result.split(encoded).join(REDACTED);
  return result;
}
