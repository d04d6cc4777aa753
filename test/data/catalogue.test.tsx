import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { useReviewers, useReviewersByIds, useScorecardTemplates, useTests } from '../../src/data/hooks/use-catalogue';
import { useInterviewPlan, useSaveInterviewPlan } from '../../src/data/hooks/use-interview-plan';
import { createMockBackend, mockIds } from '../../src/mock';

function wrapperFor(backend: AssessmentBackend, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  return ({ children }: { children: ReactNode }) => (
    <AssessmentKitProvider backend={backend} queryClient={queryClient}>
      {children}
    </AssessmentKitProvider>
  );
}

function count<K extends 'listTests' | 'listReviewers' | 'getReviewers' | 'listScorecardTemplates' | 'getInterviewPlan'>(
  backend: AssessmentBackend,
  method: K,
) {
  let calls = 0;
  const original = (backend[method] as (...args: unknown[]) => unknown).bind(backend);
  (backend as unknown as Record<K, unknown>)[method] = (...args: unknown[]) => {
    calls += 1;
    return original(...args);
  };
  return () => calls;
}

describe('useTests', () => {
  it('keeps the last results on screen while a new search loads, then shows the new ones', async () => {
    const mock = createMockBackend();
    const { result, rerender } = renderHook(({ search }) => useTests(mockIds.providers.codeinterview, search), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { search: '' },
    });
    await waitFor(() => expect(result.current.data?.pages[0]?.total).toBe(52));
    rerender({ search: 'kotlin' });
    // While "kotlin" loads, the list does not blank out.
    expect(result.current.data?.pages[0]?.total).toBe(52);
    expect(result.current.isPlaceholderData).toBe(true);
    await waitFor(() => expect(result.current.data?.pages[0]?.total).toBe(8));
    expect(result.current.hasNextPage).toBe(false);
  });

  it('reads nothing until a provider is chosen, or while held', async () => {
    const mock = createMockBackend();
    const calls = count(mock.backend, 'listTests');
    const { result, rerender } = renderHook(({ providerId, enabled }) => useTests(providerId, '', { enabled }), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { providerId: '', enabled: true },
    });
    rerender({ providerId: mockIds.providers.skillforge, enabled: false });
    await act(async () => undefined);
    expect(calls()).toBe(0);
    rerender({ providerId: mockIds.providers.skillforge, enabled: true });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(calls()).toBe(1);
  });
});

describe('useReviewers', () => {
  it('pages through everyone, 25 at a time, and searches on the server', async () => {
    const mock = createMockBackend({ catalogue: 'large' });
    const { result, rerender } = renderHook(({ search }) => useReviewers(search), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { search: '' },
    });
    await waitFor(() => expect(result.current.data?.pages[0]?.items).toHaveLength(25));
    expect(result.current.hasNextPage).toBe(true);
    await act(async () => {
      await result.current.fetchNextPage();
    });
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    const ids = result.current.data!.pages.flatMap((page) => page.items.map((reviewer) => reviewer.id));
    expect(new Set(ids).size).toBe(50);

    rerender({ search: 'goldberg' });
    expect(result.current.data?.pages).toHaveLength(2);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data?.pages).toHaveLength(1);
    expect(result.current.data?.pages[0]?.items.map((r) => r.id)).toContain('rev-1');
    expect(result.current.data?.pages[0]?.total).toBeLessThan(25);
  });
});

describe('useReviewersByIds', () => {
  it('names the people asked for, and asks nothing for no one', async () => {
    const mock = createMockBackend();
    const calls = count(mock.backend, 'getReviewers');
    const { result, rerender } = renderHook(({ ids }) => useReviewersByIds(ids), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { ids: [] as string[] },
    });
    await act(async () => undefined);
    expect(calls()).toBe(0);
    expect(result.current.data).toBeUndefined();
    rerender({ ids: ['rev-2', 'rev-1'] });
    await waitFor(() => expect(result.current.data?.map((r) => r.id)).toEqual(['rev-2', 'rev-1']));
  });
});

describe('useScorecardTemplates', () => {
  it('reads the templates once for every component that needs them', async () => {
    const mock = createMockBackend();
    const calls = count(mock.backend, 'listScorecardTemplates');
    const { result } = renderHook(() => [useScorecardTemplates(), useScorecardTemplates()], { wrapper: wrapperFor(mock.backend) });
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true));
    expect(result.current[0]!.data?.map((t) => t.id)).toContain(mockIds.scorecardTemplate);
    expect(calls()).toBe(1);
  });
});

describe('interview plans', () => {
  it('a save shows the saved plan at once, without reading it again', async () => {
    const mock = createMockBackend();
    const reads = count(mock.backend, 'getInterviewPlan');
    const { result } = renderHook(
      () => ({ plan: useInterviewPlan(mockIds.jobWithPlan), save: useSaveInterviewPlan(mockIds.jobWithPlan) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await waitFor(() => expect(result.current.plan.data).toBeDefined());
    const plan = result.current.plan.data!;
    const renamed = plan.stages.map((stage, index) => (index === 0 ? { ...stage, name: 'Screening call' } : stage));
    await act(async () => {
      await result.current.save.mutateAsync({ baseVersion: plan.version, stages: renamed });
    });
    await waitFor(() => expect(result.current.plan.data?.version).toBe(plan.version + 1));
    expect(result.current.plan.data?.stages[0]?.name).toBe('Screening call');
    expect(reads()).toBe(1);
  });

  it('a save on an old version is a conflict, and the cached plan stays as it was', async () => {
    const mock = createMockBackend();
    const { result } = renderHook(
      () => ({ plan: useInterviewPlan(mockIds.jobWithPlan), save: useSaveInterviewPlan(mockIds.jobWithPlan) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await waitFor(() => expect(result.current.plan.data).toBeDefined());
    const plan = result.current.plan.data!;
    await act(async () => {
      await result.current.save.mutateAsync({ baseVersion: plan.version - 1, stages: plan.stages }).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.save.error).toMatchObject({ code: 'conflict' }));
    expect(result.current.plan.data).toBe(plan);
  });

  it('runs a second save after the first, never beside it', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const order: string[] = [];
    const save = mock.backend.saveInterviewPlan.bind(mock.backend);
    mock.backend.saveInterviewPlan = async (input, options) => {
      order.push(`start v${input.baseVersion}`);
      const saved = await save(input, options);
      order.push(`end v${input.baseVersion}`);
      return saved;
    };
    const plan = await mock.backend.getInterviewPlan(mockIds.jobWithPlan);
    const { result } = renderHook(() => useSaveInterviewPlan(mockIds.jobWithPlan), { wrapper: wrapperFor(mock.backend) });
    const renamed = (name: string) => plan.stages.map((stage, index) => (index === 0 ? { ...stage, name } : stage));
    await act(async () => {
      await Promise.all([
        result.current.mutateAsync({ baseVersion: plan.version, stages: renamed('First') }),
        result.current.mutateAsync({ baseVersion: plan.version + 1, stages: renamed('Second') }),
      ]);
    });
    expect(order).toEqual([`start v${plan.version}`, `end v${plan.version}`, `start v${plan.version + 1}`, `end v${plan.version + 1}`]);
  });

  it('does not hold one job’s save behind another job’s', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const order: string[] = [];
    const save = mock.backend.saveInterviewPlan.bind(mock.backend);
    mock.backend.saveInterviewPlan = async (input, options) => {
      order.push(`start ${input.jobId}`);
      const saved = await save(input, options);
      order.push(`end ${input.jobId}`);
      return saved;
    };
    const [frontend, backendPlan] = await Promise.all([
      mock.backend.getInterviewPlan(mockIds.jobWithPlan),
      mock.backend.getInterviewPlan(mockIds.jobWithTwoProviders),
    ]);
    const { result } = renderHook(
      () => [useSaveInterviewPlan(mockIds.jobWithPlan), useSaveInterviewPlan(mockIds.jobWithTwoProviders)],
      { wrapper: wrapperFor(mock.backend) },
    );
    await act(async () => {
      await Promise.all([
        result.current[0]!.mutateAsync({ baseVersion: frontend.version, stages: frontend.stages }),
        result.current[1]!.mutateAsync({ baseVersion: backendPlan.version, stages: backendPlan.stages }),
      ]);
    });
    expect(order.slice(0, 2).sort()).toEqual([`start ${mockIds.jobWithPlan}`, `start ${mockIds.jobWithTwoProviders}`].sort());
  });
});
