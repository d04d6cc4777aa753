import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState, type ReactNode } from 'react';
import type { AssessmentBackend } from '../backend/types';
import { appearanceStyle, type Appearance } from '../data/appearance';
import { createKitQueryClient } from '../data/query-client';
import { AssessmentKitContext, type AssessmentKitContextValue, type Politeness } from '../data/kit-context';
import type { TextOverrides } from '../data/text';
import { useAnnouncer } from '../ui/Announcer';

export interface AssessmentKitProviderProps {
  /** Your adapter: `createHttpAdapter({ baseUrl })`, your own implementation, or the mock backend. */
  backend: AssessmentBackend;
  /**
   * Pass one to share devtools or prefetching with the kit. Without it the kit creates its own and never
   * reads or writes the host's cache. Either way its keys are scoped to this provider.
   */
  queryClient?: QueryClient;
  /**
   * Keeps this kit's cache entries apart from any other kit instance on the same QueryClient. Pass a stable
   * string to prefetch outside the provider with the exported `queryOptions` factories
   * (`queryClient.prefetchQuery(providersQueryOptions({ backend, scope }))`); by default each provider makes its own.
   */
  scope?: string;
  /** Text overrides (translations, tone); English defaults fill the rest. */
  text?: TextOverrides;
  locale?: string;
  appearance?: Appearance;
  portalContainer?: HTMLElement | null;
  /** Polling interval for active assessments when the backend cannot push; default 15 s. */
  pollIntervalMs?: number;
  /** The clock, for deterministic stories and tests. */
  now?: () => Date;
  /**
   * Hears every message the kit says to screen readers (status changes, saves, errors), as well as the kit's own
   * live regions saying it: route it through your app's announcer, or record it in tests.
   */
  onAnnounce?: (message: string, politeness: Politeness) => void;
  children: ReactNode;
}

const systemNow = () => new Date();

export function AssessmentKitProvider({
  backend,
  queryClient,
  text,
  locale,
  appearance,
  portalContainer,
  pollIntervalMs = 15_000,
  now = systemNow,
  scope: scopeProp,
  onAnnounce,
  children,
}: AssessmentKitProviderProps) {
  const [ownClient] = useState(() => queryClient ?? createKitQueryClient());
  const client = queryClient ?? ownClient;
  const generatedScope = useId();
  const scope = scopeProp ?? generatedScope;
  const { announce, regions } = useAnnouncer({ container: portalContainer, onAnnounce });

  const value = useMemo<AssessmentKitContextValue>(
    () => ({
      backend,
      scope,
      text,
      locale,
      now,
      theme: appearance?.theme ?? 'light',
      rootStyle: appearanceStyle(appearance?.variables),
      portalContainer,
      pollIntervalMs,
      announce,
    }),
    [backend, scope, text, locale, now, appearance, portalContainer, pollIntervalMs, announce],
  );

  return (
    <QueryClientProvider client={client}>
      <AssessmentKitContext.Provider value={value}>
        {children}
        {regions}
      </AssessmentKitContext.Provider>
    </QueryClientProvider>
  );
}
