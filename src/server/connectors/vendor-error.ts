import { AssessmentBackendError } from '../../backend/errors';
import type { BackendErrorCode } from '../../backend/errors';

/**
 * What went wrong talking to a vendor:
 * - `timeout`: no answer in time (a write may still have happened: only an idempotent call is repeated);
 * - `network`: the connection failed;
 * - `rate_limited`: 429, with `retryAfterSeconds` when the vendor says;
 * - `unavailable`: a 5xx;
 * - `unauthorized`: 401/403, the key is refused (the integration needs attention);
 * - `not_found`: 404;
 * - `refused`: another 4xx (the vendor will answer the same again);
 * - `bad_response`: an answer the connector could not read.
 */
export type VendorFailure = 'timeout' | 'network' | 'rate_limited' | 'unavailable' | 'unauthorized' | 'not_found' | 'refused' | 'bad_response';

const retryableFailures: ReadonlySet<VendorFailure> = new Set(['timeout', 'network', 'rate_limited', 'unavailable']);

const codeOf: Record<VendorFailure, BackendErrorCode> = {
  timeout: 'server',
  network: 'server',
  rate_limited: 'rate_limited',
  unavailable: 'server',
  unauthorized: 'invalid_api_key',
  not_found: 'not_found',
  refused: 'server',
  bad_response: 'server',
};

/**
 * A failed vendor call, as an `AssessmentBackendError` (so a route answers it in the contract's shape: a refused key
 * is `invalid_api_key`, a 429 `rate_limited` with Retry-After, the rest a 500). Its message names the call with the
 * key redacted, never a body.
 */
export class VendorError extends AssessmentBackendError {
  readonly failure: VendorFailure;
  /** The same call may succeed later: timeouts, network failures, 429 and 5xx. */
  readonly retryable: boolean;
  /** The vendor's HTTP status, when it answered. */
  readonly vendorStatus: number | null;

  constructor(failure: VendorFailure, message: string, details: { vendorStatus?: number | null; retryAfterSeconds?: number | null; fieldErrors?: Record<string, string> } = {}) {
    super(codeOf[failure], message, {
      ...(details.retryAfterSeconds == null ? {} : { retryAfterSeconds: details.retryAfterSeconds }),
      ...(details.fieldErrors ? { fieldErrors: details.fieldErrors } : {}),
    });
    this.failure = failure;
    this.retryable = retryableFailures.has(failure);
    this.vendorStatus = details.vendorStatus ?? null;
  }
}

export const isVendorError = (error: unknown): error is VendorError => error instanceof VendorError;

/** Whether a failed vendor call may succeed if made again later (the reconciler's backoff, a send's retry). */
export const isRetryableVendorError = (error: unknown): boolean => isVendorError(error) && error.retryable;

/** Makes the call that proves a key; the vendor refusing it becomes the form's error on the API key field. */
export async function checkApiKey(providerName: string, probe: () => Promise<unknown>): Promise<void> {
  try {
    await probe();
  } catch (error) {
    if (error instanceof VendorError && error.failure === 'unauthorized') {
      throw new VendorError('unauthorized', `${providerName} did not accept the API key.`, {
        vendorStatus: error.vendorStatus,
        fieldErrors: { apiKey: `This key was not accepted by ${providerName}.` },
      });
    }
    throw error;
  }
}
