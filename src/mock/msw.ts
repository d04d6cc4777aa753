/**
 * `assessment-kit/mock/msw`: MSW handlers serving the reference REST contract over the in-memory backend, with
 * planned faults and latency. Needs msw (an optional peer dependency); `assessment-kit/mock` does not.
 */
export { createMockServer } from './mock-server';
export type { MockServer, MockServerOptions } from './mock-server';
export { createMockHandlers, mockHttpStatusByCode } from './handlers';
export type { MockHandlerOptions } from './handlers';
export { createMockFaults } from './faults';
export type { FailNextOptions, FaultTarget, MockFaults } from './faults';
