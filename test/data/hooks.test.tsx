import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AssessmentBackendError } from '../../src/backend/errors';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { useCancelAssessment, useCandidateAssessments, useSendAssessment } from '../../src/data/hooks/use-assessments';
import { useTests } from '../../src/data/hooks/use-catalogue';
import { useVerifyApiKey } from '../../src/data/hooks/use-integrations';
import { createMockBackend, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';

function wrapperFor(backend: AssessmentBackend, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  return {
    queryClient,
    wrapper: ({ children }: { children: ReactNode }) => (
      <AssessmentKitProvider backend={backend} queryClient={queryClient} pollIntervalMs={20}>
        {children}
      </AssessmentKitProvider>
    ),
  };
}

describe('useVerifyApiKey', () => {
  it('makes one request for two quick submits and keeps the key out of every cache', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    let calls = 0;
    const connect = mock.backend.connectIntegration.bind(mock.backend);
    mock.backend.connectIntegration = (input, options) => {
      calls += 1;
      return connect(input, options);
    };
    const { wrapper, queryClient } = wrapperFor(mock.backend);
    const { result } = renderHook(() => useVerifyApiKey(mockIds.notConnectedProvider), { wrapper });

    let results: unknown[] = [];
    await act(async () => {
      results = await Promise.all([result.current.verify(MOCK_VALID_API_KEY), result.current.verify(MOCK_VALID_API_KEY)]);
    });
    expect(calls).toBe(1);
    expect(results[0]).toBe(results[1]);

    const everything = JSON.stringify([
      queryClient.getQueryCache().getAll().map((q) => [q.queryKey, q.state.data]),
      queryClient.getMutationCache().getAll().map((m) => [m.options.mutationKey, m.state.variables, m.state.data]),
    ]);
    expect(everything).toContain('connected');
    expect(everything).not.toContain(MOCK_VALID_API_KEY);
  });

  it('retries the same key with the same idempotency key, and a different key with a new one', async () => {
    const mock = createMockBackend();
    const seen: string[] = [];
    const connect = mock.backend.connectIntegration.bind(mock.backend);
    let failNext = true;
    mock.backend.connectIntegration = async (input, options) => {
      seen.push(options.idempotencyKey);
      if (failNext) {
        failNext = false;
        throw new AssessmentBackendError('network', 'offline');
      }
      return connect(input, options);
    };
    const { wrapper } = wrapperFor(mock.backend);
    const { result } = renderHook(() => useVerifyApiKey(mockIds.notConnectedProvider), { wrapper });

    await act(async () => {
      await result.current.verify(MOCK_VALID_API_KEY).catch(() => undefined);
    });
    failNext = true;
    await act(async () => {
      await result.current.verify(MOCK_VALID_API_KEY).catch(() => undefined);
    });
    await act(async () => {
      await result.current.verify('ci_live_another_key_99').catch(() => undefined);
    });
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[1]);
  });
});

describe('useCandidateAssessments', () => {
  it('updates live when the vendor’s webhook lands (push through subscribe)', async () => {
    const mock = createMockBackend();
    const { wrapper } = wrapperFor(mock.backend);
    const { result } = renderHook(() => useCandidateAssessments(mockIds.candidateWithActiveAssessment), { wrapper });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('sent'));

    act(() => {
      mock.simulator.complete(result.current.data![0]!.id, { got: 91, total: 100 });
    });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('completed'));
    expect(result.current.data?.[0]?.score).toEqual({ got: 91, total: 100 });
  });

  it('polls while an assessment is active when the backend cannot push', async () => {
    const mock = createMockBackend();
    const { subscribe: _subscribe, ...withoutPush } = mock.backend;
    const { wrapper } = wrapperFor(withoutPush);
    const { result } = renderHook(() => useCandidateAssessments(mockIds.candidateWithActiveAssessment), { wrapper });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('sent'));

    mock.simulator.start(result.current.data![0]!.id);
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('in_progress'));
  });
});

describe('assessment writes', () => {
  it('adds a sent assessment to the candidate’s list and reflects a cancel', async () => {
    const mock = createMockBackend();
    const { wrapper } = wrapperFor(mock.backend);
    const { result } = renderHook(
      () => ({
        list: useCandidateAssessments(mockIds.candidateWithNoAssessments),
        send: useSendAssessment(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toEqual([]));

    let sentId = '';
    await act(async () => {
      const sent = await result.current.send.mutateAsync({
        candidateId: mockIds.candidateWithNoAssessments,
        providerId: mockIds.connectedProvider,
        testId: mockIds.skillForgeTest,
        reviewerIds: ['rev-1'],
        scorecard: null,
      });
      sentId = sent.id;
    });
    await waitFor(() => expect(result.current.list.data?.map((a) => a.id)).toEqual([sentId]));

    const { result: cancel } = renderHook(() => useCancelAssessment(sentId), { wrapper });
    await act(async () => {
      await cancel.current.mutateAsync({ reason: 'Sent the wrong test' });
    });
    await waitFor(() => expect(result.current.list.data?.[0]?.status).toBe('cancelled'));
  });
});

describe('useTests', () => {
  it('searches and pages a large catalogue on the server', async () => {
    const mock = createMockBackend({ catalogue: 'large' });
    const { wrapper } = wrapperFor(mock.backend);
    const { result } = renderHook(() => useTests(mockIds.providers.codeinterview), { wrapper });
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(1));
    expect(result.current.data!.pages[0]!.total).toBeGreaterThanOrEqual(10_000);
    expect(result.current.data!.pages[0]!.items).toHaveLength(25);

    await act(async () => {
      await result.current.fetchNextPage();
    });
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    const ids = result.current.data!.pages.flatMap((page) => page.items.map((test) => test.id));
    expect(new Set(ids).size).toBe(50);
  });
});
