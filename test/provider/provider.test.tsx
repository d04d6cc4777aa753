import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AssessmentKitProvider, type AssessmentKitProviderProps } from '../../src/provider/AssessmentKitProvider';
import { useFormatters } from '../../src/data/format';
import { useProviders } from '../../src/data/hooks/use-integrations';
import { useCandidateAssessments } from '../../src/data/hooks/use-assessments';
import { useQueryContext } from '../../src/data/hooks/use-query-context';
import { useAssessmentKit, useKitText } from '../../src/data/kit-context';
import { mergeText, type TextOverrides } from '../../src/data/text';
import { commonText } from '../../src/ui/text';
import { useRootProps } from '../../src/data/root-props';
import { createMockBackend } from '../../src/mock';

function ProviderCount() {
  const providers = useProviders();
  return <p>{providers.data ? `${providers.data.length} providers` : 'loading'}</p>;
}

describe('AssessmentKitProvider', () => {
  it('uses its own QueryClient and never writes into the host’s cache', async () => {
    const hostClient = new QueryClient();
    const { backend } = createMockBackend();
    render(
      <QueryClientProvider client={hostClient}>
        <AssessmentKitProvider backend={backend}>
          <ProviderCount />
        </AssessmentKitProvider>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('3 providers')).toBeInTheDocument();
    expect(hostClient.getQueryCache().getAll()).toHaveLength(0);
  });

  it('keeps two kits apart when the host shares one QueryClient with both', async () => {
    const shared = new QueryClient();
    const first = createMockBackend();
    const second = createMockBackend();
    // The second backend's vendor list differs: if the kits shared a cache key, both would show the same count.
    const secondProviders = await second.backend.listProviders();
    second.backend.listProviders = async () => secondProviders.slice(0, 1);
    render(
      <>
        <AssessmentKitProvider backend={first.backend} queryClient={shared}>
          <ProviderCount />
        </AssessmentKitProvider>
        <AssessmentKitProvider backend={second.backend} queryClient={shared}>
          <ProviderCount />
        </AssessmentKitProvider>
      </>,
    );
    expect(await screen.findByText('3 providers')).toBeInTheDocument();
    expect(await screen.findByText('1 providers')).toBeInTheDocument();
    const keys = shared.getQueryCache().getAll().map((query) => query.queryKey);
    expect(keys).toHaveLength(2);
    for (const key of keys) expect(key[0]).toBe('assessment-kit');
  });

  it('hands the host’s client to the kit when given one', () => {
    const hostClient = new QueryClient();
    const { backend } = createMockBackend();
    const { result } = renderHook(() => useQueryClient(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <AssessmentKitProvider backend={backend} queryClient={hostClient}>
          {children}
        </AssessmentKitProvider>
      ),
    });
    expect(result.current).toBe(hostClient);
  });

  it('explains the mistake when a kit hook is used outside the provider', () => {
    expect(() => renderHook(() => useAssessmentKit('AssessmentStatusBadge'))).toThrow(
      '`AssessmentStatusBadge` must be used within `AssessmentKitProvider`',
    );
  });

  it('applies appearance variables and the theme to kit roots', () => {
    const { backend } = createMockBackend();
    const { result } = renderHook(() => useRootProps('ak-thing'), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <AssessmentKitProvider backend={backend} appearance={{ theme: 'dark', variables: { accentColor: '#0a7', borderRadius: '2px' } }}>
          {children}
        </AssessmentKitProvider>
      ),
    });
    expect(result.current.className).toBe('ak-root ak-thing');
    expect(result.current['data-ak-theme']).toBe('dark');
    expect(result.current.style).toEqual({ '--ak-accent': '#0a7', '--ak-radius': '2px' });
  });
});

describe('text overrides', () => {
  it('merge defaults <- provider <- component, replacing functions whole', () => {
    const { backend } = createMockBackend();
    const { result } = renderHook(
      () => useKitText('common', commonText, { common: { copy: 'Kopieren' } }),
      {
        wrapper: ({ children }: { children: ReactNode }) => (
          <AssessmentKitProvider
            backend={backend}
            text={{ common: { close: 'Schließen', errors: { rate_limited: () => 'Zu viele Versuche' } } }}
          >
            {children}
          </AssessmentKitProvider>
        ),
      },
    );
    expect(result.current.copy).toBe('Kopieren');
    expect(result.current.close).toBe('Schließen');
    expect(result.current.errors.rate_limited(5)).toBe('Zu viele Versuche');
    // Untouched keys keep their English defaults.
    expect(result.current.cancel).toBe('Cancel');
    expect(result.current.errors.network).toBe(commonText.errors.network);
  });

  it('never mutates the defaults', () => {
    const before = JSON.stringify(commonText);
    mergeText(commonText, { close: 'X', errors: { network: 'Y' } });
    expect(JSON.stringify(commonText)).toBe(before);
  });
});

describe('server state', () => {
  it('reports a failed read as an error value, not a crash', async () => {
    const { backend } = createMockBackend();
    backend.listProviders = async () => {
      throw new Error('boom');
    };
    const { result } = renderHook(() => useProviders(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <AssessmentKitProvider backend={backend}>{children}</AssessmentKitProvider>
      ),
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
  });
});

describe('what the provider hands to every component', () => {
  function wrapperWith(props: Partial<Omit<AssessmentKitProviderProps, 'children'>>) {
    const { backend } = createMockBackend();
    return ({ children }: { children: ReactNode }) => (
      <AssessmentKitProvider backend={backend} {...props}>
        {children}
      </AssessmentKitProvider>
    );
  }

  it('text that changes on the provider reaches components at once', () => {
    const { backend } = createMockBackend();
    let text: TextOverrides = { common: { close: 'Schließen' } };
    const { result, rerender } = renderHook(() => useKitText('common', commonText), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <AssessmentKitProvider backend={backend} text={text}>
          {children}
        </AssessmentKitProvider>
      ),
    });
    expect(result.current.close).toBe('Schließen');
    text = { common: { close: 'Fermer' } };
    rerender();
    expect(result.current.close).toBe('Fermer');
  });

  it('formats dates in each provider’s locale, even when two share a clock', () => {
    const now = () => new Date('2026-11-02T09:00:00.000Z');
    const date = '2026-11-02T12:00:00.000Z';
    const us = renderHook(() => useFormatters().date(date), { wrapper: wrapperWith({ locale: 'en-US', now }) });
    const de = renderHook(() => useFormatters().date(date), { wrapper: wrapperWith({ locale: 'de-DE', now }) });
    const gb = renderHook(() => useFormatters().date(date), { wrapper: wrapperWith({ locale: 'en-GB', now }) });
    expect([us.result.current, de.result.current, gb.result.current]).toEqual(['Nov 2', '2. Nov.', '2 Nov']);
  });

  it('re-formats when the locale changes', () => {
    const { backend } = createMockBackend();
    const now = () => new Date('2026-11-02T09:00:00.000Z');
    let locale = 'en-US';
    const { result, rerender } = renderHook(() => useFormatters().date('2026-11-02T12:00:00.000Z'), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <AssessmentKitProvider backend={backend} locale={locale} now={now}>
          {children}
        </AssessmentKitProvider>
      ),
    });
    expect(result.current).toBe('Nov 2');
    locale = 'en-GB';
    rerender();
    expect(result.current).toBe('2 Nov');
  });

  it('defaults to the light theme and the real clock', () => {
    const { result } = renderHook(() => ({ root: useRootProps(), inTwoHours: useFormatters().relative(new Date(Date.now() + 130 * 60_000).toISOString()) }), {
      wrapper: wrapperWith({}),
    });
    expect(result.current.root['data-ak-theme']).toBe('light');
    expect(result.current.inTwoHours).toBe('in 2 hours');
  });
});

describe('a kit hook outside the provider names itself', () => {
  it.each<[string, () => unknown]>([
    ['useQueryContext', () => useQueryContext()],
    ['useCandidateAssessments', () => useCandidateAssessments('cand-1')],
    ['useFormatters', () => useFormatters()],
    ['useRootProps', () => useRootProps()],
    ['useKitText', () => useKitText('common', commonText)],
  ])('%s', (name, hook) => {
    expect(() => renderHook(hook)).toThrow(`\`${name}\` must be used within \`AssessmentKitProvider\``);
  });
});

describe('useRootProps', () => {
  it('gives a bare kit root the ak-root class alone, and no inline style without variables', () => {
    const { backend } = createMockBackend();
    const { result } = renderHook(() => useRootProps(), {
      wrapper: ({ children }: { children: ReactNode }) => <AssessmentKitProvider backend={backend}>{children}</AssessmentKitProvider>,
    });
    expect(result.current).toEqual({ className: 'ak-root', 'data-ak-theme': 'light' });
  });
});
