/**
 * The host's side of server rendering, shared by the server and the hydration tests so both render the same tree:
 * the provider on the in-memory mock backend (no MSW on a server), a fixed clock and locale, and an optional
 * host-owned QueryClient that the host prefetched with the kit's exported queryOptions factories.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { integrationQueryOptions, providersQueryOptions } from '../../src/data/query-options';
import { MOCK_NOW } from '../../src/mock';

const fixedNow = () => new Date(MOCK_NOW);

/**
 * A page as a host's server and client both render it. `locale` is pinned: a server and a browser with different
 * default locales would format dates differently and the text would not match on hydration.
 */
export function HostPage({
  backend,
  queryClient,
  scope,
  children,
}: {
  backend: AssessmentBackend;
  queryClient?: QueryClient;
  scope?: string;
  children: ReactNode;
}) {
  return (
    <main>
      <AssessmentKitProvider backend={backend} queryClient={queryClient} scope={scope} locale="en-GB" now={fixedNow}>
        {children}
      </AssessmentKitProvider>
    </main>
  );
}

/** What a host's server loader does before rendering the settings page: the providers and each one's integration. */
export async function prefetchIntegrations(queryClient: QueryClient, backend: AssessmentBackend, scope: string): Promise<void> {
  const providers = await queryClient.fetchQuery(providersQueryOptions({ backend, scope }));
  await Promise.all(providers.map((provider) => queryClient.prefetchQuery(integrationQueryOptions({ backend, scope }, provider.id))));
}

/** Wraps every method of a backend so a test can see which calls the UI made. */
export function countingBackend(backend: AssessmentBackend): { backend: AssessmentBackend; calls: string[] } {
  const calls: string[] = [];
  const counted = Object.fromEntries(
    Object.entries(backend).map(([name, method]) => [
      name,
      typeof method === 'function'
        ? (...args: unknown[]) => {
            calls.push(name);
            return (method as (...a: unknown[]) => unknown).apply(backend, args);
          }
        : method,
    ]),
  ) as unknown as AssessmentBackend;
  return { backend: counted, calls };
}

/** Everything React (or anything else) writes to console.error / console.warn while `run` is active. */
export function captureConsole() {
  const messages: string[] = [];
  const record = (...args: unknown[]) => {
    messages.push(args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' '));
  };
  const error = vi.spyOn(console, 'error').mockImplementation(record);
  const warn = vi.spyOn(console, 'warn').mockImplementation(record);
  return {
    messages,
    restore() {
      error.mockRestore();
      warn.mockRestore();
    },
  };
}
