import type { Assessment } from '../domain/assessment';

/** Codes a server may put in an error body (the REST contract's `error.code`). */
export const serverErrorCodes = [
  'invalid_api_key',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'validation',
  'rate_limited',
  'server',
] as const;
export type ServerErrorCode = (typeof serverErrorCodes)[number];

/** Every failure an adapter reports: the server's codes, plus `network` and `bad_response` from the client side. */
export const backendErrorCodes = [...serverErrorCodes, 'network', 'bad_response'] as const;
export type BackendErrorCode = (typeof backendErrorCodes)[number];

/**
 * Why a `conflict` happened, when the server says (`error.reason` in the REST contract):
 * - `duplicate_assessment`: the candidate already has this test active (sent or in progress); the error carries it
 *   as `existingAssessment`. Sending again with `allowDuplicate: true` goes through.
 * - `feedback_not_open`: reviewer feedback opens once the candidate completed the assessment, and it isn't.
 * - `feedback_submitted`: this reviewer's feedback was already submitted; a submission is final.
 */
export const conflictReasons = ['duplicate_assessment', 'feedback_not_open', 'feedback_submitted'] as const;
export type ConflictReason = (typeof conflictReasons)[number];

export interface BackendErrorDetails {
  /** Field name -> message, for `validation` (and `invalid_api_key`, on `apiKey`). */
  fieldErrors?: Record<string, string>;
  /** Seconds until a retry may succeed, for `rate_limited`. */
  retryAfterSeconds?: number;
  /** HTTP status, when the error came from an HTTP response. */
  status?: number;
  /** For `conflict`: why, when the server says. */
  reason?: ConflictReason;
  /** For `duplicate_assessment`: the active assessment that blocked the send. */
  existingAssessment?: Assessment;
  cause?: unknown;
}

/**
 * The one error class adapters throw. Its message is for developers and logs and never contains a secret:
 * adapters build it from codes and statuses, not from request bodies.
 */
export class AssessmentBackendError extends Error {
  override readonly name = 'AssessmentBackendError';
  readonly code: BackendErrorCode;
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterSeconds: number | null;
  readonly status: number | null;
  readonly reason: ConflictReason | null;
  readonly existingAssessment: Assessment | null;

  constructor(code: BackendErrorCode, message: string, details: BackendErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.fieldErrors = details.fieldErrors ?? {};
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.status = details.status ?? null;
    this.reason = details.reason ?? null;
    this.existingAssessment = details.existingAssessment ?? null;
  }
}

export function isAssessmentBackendError(error: unknown): error is AssessmentBackendError {
  return error instanceof AssessmentBackendError;
}

/** Errors worth retrying automatically: the request may succeed unchanged. */
export function isTransientError(error: unknown): boolean {
  return isAssessmentBackendError(error) && (error.code === 'network' || error.code === 'server');
}
