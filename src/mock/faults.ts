import type { ServerErrorCode } from '../backend/errors';
import type { RestOperation } from '../backend/rest-contract';
import { MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS } from './api-keys';

/** Which requests a planned fault hits: the next `times` (default 1), optionally only of one operation. */
export interface FaultTarget {
  times?: number;
  route?: RestOperation;
}

export interface FailNextOptions extends FaultTarget {
  /** HTTP status to answer, e.g. 503. */
  status: number;
  /** Defaults to the code the contract pairs with the status (503 -> server, 429 -> rate_limited...). */
  code?: ServerErrorCode;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** For 429: the Retry-After header (default 30). */
  retryAfterSeconds?: number;
}

export type PlannedFault =
  | { kind: 'error'; status: number; code: ServerErrorCode; message: string; fieldErrors?: Record<string, string>; retryAfterSeconds: number | null }
  | { kind: 'malformed' }
  | { kind: 'network' };

/** Faults a story or test plans before acting: each hits the next matching request(s), then stops. */
export interface MockFaults {
  /** Answer with an error status and the contract's error body. */
  failNext(options: FailNextOptions): void;
  /** Answer 200 with a body that breaks the response schema. */
  malformedNext(target?: FaultTarget): void;
  /** Fail at the network level (fetch rejects). */
  networkErrorNext(target?: FaultTarget): void;
  clear(): void;
  /** Used by the handlers: the fault for this request, if one is planned; consumes it. */
  take(operation: RestOperation): PlannedFault | null;
}

export function codeForStatus(status: number): ServerErrorCode {
  const byStatus: Record<number, ServerErrorCode> = {
    400: 'validation',
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    422: 'validation',
    429: 'rate_limited',
  };
  return byStatus[status] ?? 'server';
}

export function createMockFaults(): MockFaults {
  let planned: Array<{ fault: PlannedFault; remaining: number; route: RestOperation | undefined }> = [];
  const plan = (fault: PlannedFault, target: FaultTarget = {}) => {
    planned.push({ fault, remaining: target.times ?? 1, route: target.route });
  };
  return {
    failNext({ status, code, message, fieldErrors, retryAfterSeconds, ...target }) {
      const resolvedCode = code ?? codeForStatus(status);
      plan(
        {
          kind: 'error',
          status,
          code: resolvedCode,
          message: message ?? `Injected ${status} from the mock server.`,
          ...(fieldErrors ? { fieldErrors } : {}),
          retryAfterSeconds: retryAfterSeconds ?? (resolvedCode === 'rate_limited' ? MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS : null),
        },
        target,
      );
    },
    malformedNext: (target) => plan({ kind: 'malformed' }, target),
    networkErrorNext: (target) => plan({ kind: 'network' }, target),
    clear() {
      planned = [];
    },
    take(operation) {
      const entry = planned.find((p) => p.route === undefined || p.route === operation);
      if (!entry) return null;
      entry.remaining -= 1;
      if (entry.remaining <= 0) planned = planned.filter((p) => p !== entry);
      return entry.fault;
    },
  };
}
