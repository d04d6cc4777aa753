import { render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import { AssessmentKitProvider, type AssessmentKitProviderProps } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { MOCK_NOW } from '../../src/mock';
import { createMockServer } from '../../src/mock/msw';
import type { MockSeedOptions } from '../../src/mock/store';

export const API_BASE_URL = 'http://localhost/api';

/**
 * One mock server per test file, served over msw/node exactly as Storybook serves it over the service worker,
 * so components are tested through the real HTTP adapter. Unhandled requests fail the test.
 */
export const mockServer = createMockServer({ baseUrl: API_BASE_URL });
export const mswServer = setupServer(...mockServer.handlers);

beforeAll(() => mswServer.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mswServer.resetHandlers();
  mockServer.reset();
});
afterAll(() => mswServer.close());

export interface RenderWithKitOptions extends Omit<RenderOptions, 'wrapper'> {
  provider?: Partial<Omit<AssessmentKitProviderProps, 'children' | 'backend'>>;
  /** Seed overrides for this test (read-only user, integration states, large catalogue). */
  seed?: MockSeedOptions;
  /** For user-event, e.g. `{ advanceTimers: vi.advanceTimersByTime }` with fake timers. */
  userOptions?: Parameters<typeof userEvent.setup>[0];
}

const fixedNow = () => new Date(MOCK_NOW);

export function renderWithKit(ui: ReactElement, { provider, seed, userOptions, ...options }: RenderWithKitOptions = {}) {
  if (seed) mockServer.reset(seed);
  const backend = createHttpAdapter({ baseUrl: API_BASE_URL });
  // Tests fail fast: no automatic retries.
  const queryClient = provider?.queryClient ?? createKitQueryClient({ retry: false });
  const user = userEvent.setup(userOptions);
  const result = render(ui, {
    ...options,
    wrapper: ({ children }) => (
      <AssessmentKitProvider backend={backend} queryClient={queryClient} locale="en-GB" now={fixedNow} {...provider}>
        {children}
      </AssessmentKitProvider>
    ),
  });
  return { ...result, user, queryClient, backend, mockServer };
}
