/**
 * `assessment-kit/mock`: an in-memory backend with realistic seeded data, a vendor simulator, and MSW handlers
 * serving the reference REST contract over it. msw is needed only by the handlers (an optional peer dependency).
 */
export { createMockBackend } from './mock-backend';
export type { MockBackend, MockBackendOptions } from './mock-backend';
export type { MockSeedOptions } from './store';
export type { VendorSimulator } from './vendor-simulator';
export { createMockHandlers, mockHttpStatusByCode } from './handlers';
export type { MockHandlerOptions } from './handlers';
export { createMockFaults } from './faults';
export type { FailNextOptions, FaultTarget, MockFaults } from './faults';
export { createMockServer } from './mock-server';
export { buildAssessment } from './builders';
export type { MockServer, MockServerOptions } from './mock-server';
export {
  MOCK_INVALID_API_KEY,
  MOCK_RATE_LIMITED_API_KEY,
  MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS,
  MOCK_REVOKED_API_KEY,
  MOCK_VALID_API_KEY,
} from './api-keys';
export { createSeed, MOCK_CURRENT_USER, MOCK_LINK_VALID_DAYS, MOCK_NOW, mockIds } from './seed';
export type { MockCatalogue, MockDb } from './seed';
