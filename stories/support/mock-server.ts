import { createMockServer } from '../../src/mock/msw';

/**
 * The one mock server every story talks to (through the MSW service worker, over the real HTTP adapter).
 * Reset before each story so one story's writes never leak into the next.
 */
export const mockServer = createMockServer();

export const MOCK_API_BASE_URL = '/api';
