import { QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AssessmentBackendError } from '../../src/backend/errors';
import type { AssessmentBackend, WriteOptions } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/data/AssessmentKitProvider';
import { useCancelAssessment, useSendAssessment } from '../../src/data/hooks/use-assessments';
import { useProviders } from '../../src/data/hooks/use-integrations';
import { useSaveInterviewPlan } from '../../src/data/hooks/use-interview-plan';
import { fingerprintOf, useIdempotencyKey } from '../../src/data/idempotency';
import { providersQueryOptions } from '../../src/data/query-options';
import type { SendAssessmentInput } from '../../src/domain';
import { createMockBackend, mockIds } from '../../src/mock';

function wrapperFor(backend: AssessmentBackend) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <AssessmentKitProvider backend={backend} queryClient={queryClient}>
      {children}
    </AssessmentKitProvider>
  );
}

/** Records the idempotency key of every call to one backend method, then lets it through (or fails it). */
function recordKeys<K extends 'sendAssessment' | 'cancelAssessment' | 'saveInterviewPlan'>(backend: AssessmentBackend, method: K) {
  const keys: string[] = [];
  const failures: Error[] = [];
  const original = backend[method].bind(backend) as (input: unknown, options: WriteOptions) => Promise<unknown>;
  (backend as unknown as Record<K, unknown>)[method] = (input: unknown, options: WriteOptions) => {
    keys.push(options.idempotencyKey);
    const failure = failures.shift();
    return failure ? Promise.reject(failure) : original(input, options);
  };
  return { keys, failNext: (error: Error) => failures.push(error) };
}

const sendInput = (testId: string = mockIds.skillForgeTest): SendAssessmentInput => ({
  candidateId: mockIds.candidateWithNoAssessments,
  providerId: mockIds.connectedProvider,
  testId,
  reviewerIds: ['rev-1'],
  scorecard: null,
});

describe('useIdempotencyKey: one key per intent', () => {
  it('reuses the key for the same input, in any key order, and makes a new one when the input changes', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor({ a: 1, b: [1, 2] });
    expect(result.current.keyFor({ b: [1, 2], a: 1 })).toBe(first);
    const changed = result.current.keyFor({ a: 2, b: [1, 2] });
    expect(changed).not.toBe(first);
    // Going back to the first input is a new intent too: the server saw another request in between.
    expect(result.current.keyFor({ a: 1, b: [1, 2] })).not.toBe(first);
  });

  it('makes a new key after renew, even for the same input', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor('same');
    result.current.renew();
    expect(result.current.keyFor('same')).not.toBe(first);
  });

  it('fingerprints without keeping the input', () => {
    expect(fingerprintOf({ apiKey: 'ci_live_secret' })).toBe(fingerprintOf({ apiKey: 'ci_live_secret' }));
    expect(fingerprintOf({ apiKey: 'ci_live_secret' })).not.toBe(fingerprintOf({ apiKey: 'ci_live_secreT' }));
    expect(String(fingerprintOf({ apiKey: 'ci_live_secret' }))).not.toContain('secret');
  });
});

describe('every write follows the rule', () => {
  it('sends once for two quick calls with the same input', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const { keys } = recordKeys(mock.backend, 'sendAssessment');
    const { result } = renderHook(() => useSendAssessment(), { wrapper: wrapperFor(mock.backend) });
    let sent: unknown[] = [];
    await act(async () => {
      sent = await Promise.all([result.current.mutateAsync(sendInput()), result.current.mutateAsync(sendInput())]);
    });
    expect(keys).toHaveLength(1);
    expect(sent[0]).toBe(sent[1]);
  });

  it('reuses the key on a retry after a failure, and uses a new one after a success or for other input', async () => {
    const mock = createMockBackend();
    const { keys, failNext } = recordKeys(mock.backend, 'sendAssessment');
    const { result } = renderHook(() => useSendAssessment(), { wrapper: wrapperFor(mock.backend) });

    failNext(new AssessmentBackendError('network', 'offline'));
    await act(async () => {
      await expect(result.current.mutateAsync(sendInput())).rejects.toThrow('offline');
    });
    await act(async () => {
      await result.current.mutateAsync(sendInput());
    });
    expect(keys[1]).toBe(keys[0]);

    await act(async () => {
      await result.current.mutateAsync(sendInput('sf-test-2'));
    });
    expect(keys[2]).not.toBe(keys[1]);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });

  it('gives cancel a new key when the reason changes after a failure', async () => {
    const mock = createMockBackend();
    const { keys, failNext } = recordKeys(mock.backend, 'cancelAssessment');
    const { result } = renderHook(() => useCancelAssessment(mockIds.assessmentsOfCandidateWithEveryStatus.sent), { wrapper: wrapperFor(mock.backend) });
    failNext(new AssessmentBackendError('server', 'down'));
    await act(async () => {
      await expect(result.current.mutateAsync({ reason: 'Wrong test' })).rejects.toThrow('down');
    });
    await act(async () => {
      await result.current.mutateAsync({ reason: 'Wrong test, sent by mistake' });
    });
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('gives a plan save a new key when the edit changes after a failed save (no conflict from a reused key)', async () => {
    const mock = createMockBackend();
    const { keys, failNext } = recordKeys(mock.backend, 'saveInterviewPlan');
    const plan = await mock.backend.getInterviewPlan(mockIds.jobWithPlan);
    const { result } = renderHook(() => useSaveInterviewPlan(mockIds.jobWithPlan), { wrapper: wrapperFor(mock.backend) });
    failNext(new AssessmentBackendError('network', 'offline'));
    await act(async () => {
      await expect(result.current.mutateAsync({ baseVersion: plan.version, stages: plan.stages })).rejects.toThrow('offline');
    });
    const edited = plan.stages.map((stage, index) => (index === 0 ? { ...stage, name: `${stage.name} (edited)` } : stage));
    let saved: Awaited<ReturnType<typeof mock.backend.saveInterviewPlan>> | undefined;
    await act(async () => {
      saved = await result.current.mutateAsync({ baseVersion: plan.version, stages: edited });
    });
    expect(keys[1]).not.toBe(keys[0]);
    expect(saved?.stages[0]?.name).toBe(`${plan.stages[0]?.name} (edited)`);
  });
});

describe('a stable scope', () => {
  it('lets a host prefetch outside the provider, and the kit reads it without another request', async () => {
    const mock = createMockBackend();
    let listCalls = 0;
    const list = mock.backend.listProviders.bind(mock.backend);
    mock.backend.listProviders = (options) => {
      listCalls += 1;
      return list(options);
    };
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(providersQueryOptions({ backend: mock.backend, scope: 'settings' }));
    expect(listCalls).toBe(1);

    function Names() {
      const providers = useProviders();
      return <p>{providers.data?.map((provider) => provider.name).join(', ') ?? 'loading'}</p>;
    }
    render(
      <AssessmentKitProvider backend={mock.backend} queryClient={queryClient} scope="settings">
        <Names />
      </AssessmentKitProvider>,
    );
    expect(screen.getByText(/CodeInterview/)).toBeInTheDocument();
    expect(listCalls).toBe(1);
  });
});
