import { VendorError } from './vendor-error';
import type { VendorFailure } from './vendor-error';

/** One vendor call as a log line: the URL with every secret redacted, never a body or a header. */
export interface VendorCallLog {
  provider: string;
  method: string;
  url: string;
  attempt: number;
  status: number | null;
  failure: VendorFailure | null;
  durationMs: number;
}

/** How a connector reaches its vendor. Every field has a default but `baseUrl`. */
export interface VendorHttpOptions {
  baseUrl: string;
  /** Default the global fetch. */
  fetch?: typeof fetch;
  /** Each attempt's limit (default 10 s). */
  timeoutMs?: number;
  /** Extra attempts for a safe (GET) call that failed with a retryable error (default 2). Writes are never repeated. */
  retries?: number;
  /** The first retry's wait, doubled each time, with jitter (default 300 ms). */
  backoffMs?: number;
  /** A 429's Retry-After up to this is waited out inside a safe call (default 5 s); a longer one is thrown. */
  maxRetryAfterSeconds?: number;
  /** Called once per attempt. */
  log?: (entry: VendorCallLog) => void;
}

export interface VendorRequest {
  method: 'GET' | 'POST';
  /** Under `baseUrl`, e.g. `/pads/new`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Where a connector puts the key on a request (a query parameter, a header), and which query parameters are secret. */
export interface VendorAuth {
  apply(url: URL, headers: Headers, apiKey: string): void;
  secretQueryParams: readonly string[];
}

export const REDACTED = 'REDACTED';

export function redactUrl(url: URL, secretQueryParams: readonly string[]): string {
  const copy = new URL(url);
  for (const name of secretQueryParams) if (copy.searchParams.has(name)) copy.searchParams.set(name, REDACTED);
  return copy.toString();
}

/** Seconds from a Retry-After header (seconds or an HTTP date), or null. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The vendor's times, as ISO: seconds or milliseconds since 1970, or a date string; null when absent or unreadable. */
export function isoOf(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

const failureOfStatus = (status: number): VendorFailure =>
  status === 429 ? 'rate_limited' : status >= 500 ? 'unavailable' : status === 401 || status === 403 ? 'unauthorized' : status === 404 ? 'not_found' : 'refused';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls one vendor: a timeout on every attempt (AbortSignal.timeout), retries with backoff only for GET, a typed
 * `VendorError` for every failure, the key only on the wire. Answers the parsed JSON body (undefined when empty).
 */
export function createVendorHttp(providerName: string, options: VendorHttpOptions, auth: VendorAuth) {
  const { timeoutMs = 10_000, retries = 2, backoffMs = 300, maxRetryAfterSeconds = 5 } = options;
  const doFetch = options.fetch ?? fetch;
  const base = options.baseUrl.replace(/\/+$/, '');

  async function attempt(request: VendorRequest, apiKey: string, attemptNo: number): Promise<unknown> {
    const url = new URL(`${base}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
    const headers = new Headers({ Accept: 'application/json', ...request.headers });
    if (request.body !== undefined) headers.set('Content-Type', 'application/json');
    auth.apply(url, headers, apiKey);
    const shown = redactUrl(url, auth.secretQueryParams);
    const started = performance.now();
    const log = (status: number | null, failure: VendorFailure | null) =>
      options.log?.({ provider: providerName, method: request.method, url: shown, attempt: attemptNo, status, failure, durationMs: Math.round(performance.now() - started) });
    const fail = (failure: VendorFailure, message: string, extra: { vendorStatus?: number; retryAfterSeconds?: number | null } = {}) => {
      log(extra.vendorStatus ?? null, failure);
      return new VendorError(failure, `${providerName}: ${request.method} ${shown} ${message}`, extra);
    };
    let response: Response;
    let text: string;
    try {
      // One signal for the answer and its body: a vendor that sends headers and then stalls still times out.
      response = await doFetch(url, {
        method: request.method,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
        ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      });
      text = await response.text();
    } catch (error) {
      // The cause is left out: a fetch error may quote the URL, key included.
      const timedOut = error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw timedOut ? fail('timeout', `took longer than ${timeoutMs} ms.`) : fail('network', 'failed before an answer.');
    }
    if (!response.ok) {
      const status = response.status;
      throw fail(failureOfStatus(status), `answered ${status}.`, { vendorStatus: status, retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) });
    }
    log(response.status, null);
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw fail('bad_response', 'answered something that is not JSON.', { vendorStatus: response.status });
    }
  }

  return async function call(request: VendorRequest, apiKey: string): Promise<unknown> {
    for (let attemptNo = 1; ; attemptNo++) {
      try {
        return await attempt(request, apiKey, attemptNo);
      } catch (error) {
        const vendorError = error as VendorError;
        const retryAfter = vendorError.retryAfterSeconds;
        const repeatable = request.method === 'GET' && vendorError.retryable && attemptNo <= retries && (retryAfter === null || retryAfter <= maxRetryAfterSeconds);
        if (!repeatable) throw error;
        const backoff = backoffMs * 2 ** (attemptNo - 1) * (0.5 + Math.random() / 2);
        await sleep(retryAfter === null ? backoff : Math.max(retryAfter * 1000, backoff));
      }
    }
  };
}

export type VendorCall = ReturnType<typeof createVendorHttp>;
