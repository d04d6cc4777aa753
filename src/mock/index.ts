/**
 * `assessment-kit/mock`: an in-memory backend with realistic seeded data, a vendor simulator, builders and the
 * mock's fixed keys and ids. Nothing here imports msw: the MSW handlers live on `assessment-kit/mock/msw`.
 */
export { createMockBackend, type MockBackend, type MockBackendOptions } from './mock-backend';
export type { MockSeedOptions } from './store';
export type { VendorSimulator } from './vendor-simulator';
export type { HostSimulator } from './host-simulator';
export { buildAssessment } from './builders';
export { MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS, MOCK_REVOKED_API_KEY, MOCK_VALID_API_KEY } from './api-keys';
export { createSeed, MOCK_CURRENT_USER, MOCK_LINK_VALID_DAYS, MOCK_NOW, mockIds, type MockCatalogue, type MockDb } from './seed';
