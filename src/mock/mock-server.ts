import type { HttpHandler } from 'msw';
import { createMockFaults } from './faults';
import type { MockFaults } from './faults';
import { createMockHandlers } from './handlers';
import { createMockBackend } from './mock-backend';
import type { MockBackend, MockBackendOptions } from './mock-backend';
import type { MockSeedOptions } from './store';

export interface MockServerOptions extends MockBackendOptions {
  /** Prefix of every route (default `/api`). */
  baseUrl?: string;
}

/** One setup shared by Storybook (`setupWorker(...handlers)`) and Vitest (`setupServer(...handlers)`). */
export interface MockServer {
  mock: MockBackend;
  handlers: HttpHandler[];
  /** Plan a failure before a play function or test acts: `faults.failNext({ status: 503 })`. */
  faults: MockFaults;
  /** Delay every HTTP answer, to show loading states. */
  setLatency(ms: number): void;
  /** Fresh seed (with optional overrides for this story), no planned faults, no latency. */
  reset(overrides?: MockSeedOptions): void;
}

export function createMockServer(options: MockServerOptions = {}): MockServer {
  const { baseUrl, ...backendOptions } = options;
  const mock = createMockBackend(backendOptions);
  const faults = createMockFaults();
  let latencyMs = 0;
  return {
    mock,
    handlers: createMockHandlers(mock, { ...(baseUrl === undefined ? {} : { baseUrl }), faults, latencyMs: () => latencyMs }),
    faults,
    setLatency(ms) {
      latencyMs = ms;
    },
    reset(overrides) {
      mock.reset(overrides);
      faults.clear();
      latencyMs = 0;
    },
  };
}
