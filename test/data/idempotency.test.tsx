import { QueryClient } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentBackendError } from '../../src/backend/errors';
import type { AssessmentBackend, WriteOptions } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { useCancelAssessment, useSendAssessment } from '../../src/data/hooks/use-assessments';
import { useProviders } from '../../src/data/hooks/use-integrations';
import { useSaveInterviewPlan } from '../../src/data/hooks/use-interview-plan';
import { createIdempotencyKey, fingerprintOf, useIdempotencyKey, useIdempotentMutation } from '../../src/data/idempotency';
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

describe('the idempotency rule at its edges', () => {
  it('tells inputs apart by value at any depth, and arrays by their order', () => {
    expect(fingerprintOf({ a: { x: 1, y: 2 }, b: 1 })).toBe(fingerprintOf({ b: 1, a: { y: 2, x: 1 } }));
    expect(fingerprintOf({ a: { x: 1, y: 2 } })).not.toBe(fingerprintOf({ a: { x: 2, y: 1 } }));
    expect(fingerprintOf(['rev-1', 'rev-2'])).not.toBe(fingerprintOf(['rev-2', 'rev-1']));
    expect(fingerprintOf({ ab: 1, b: 2, a: 3 })).toBe(fingerprintOf({ a: 3, b: 2, ab: 1 }));
    expect(fingerprintOf(undefined)).toBe(fingerprintOf(undefined));
    expect(fingerprintOf(undefined)).not.toBe(fingerprintOf(null));
    expect(fingerprintOf('')).not.toBe(fingerprintOf(undefined));
  });

  it('keeps one key for a write without input (resend) until it settles', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const first = result.current.keyFor(undefined);
    expect(result.current.keyFor(undefined)).toBe(first);
    result.current.renew();
    expect(result.current.keyFor(undefined)).not.toBe(first);
  });

  it('makes unique keys where crypto.randomUUID is missing', () => {
    const randomUUID = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const { result } = renderHook(() => [useIdempotencyKey(), useIdempotencyKey()]);
      const [one, two] = result.current;
      const a = one!.keyFor('same');
      const b = two!.keyFor('same');
      expect(a).toMatch(/^ak-[a-z0-9]+-[a-z0-9]+$/);
      expect(b).not.toBe(a);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });

  it('sends another input beside a running one, and the same input again once the first settled', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const { keys } = recordKeys(mock.backend, 'sendAssessment');
    const { result } = renderHook(() => useSendAssessment(), { wrapper: wrapperFor(mock.backend) });
    await act(async () => {
      await Promise.all([result.current.mutateAsync(sendInput()), result.current.mutateAsync(sendInput('sf-test-2'))]);
    });
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    // A success settles the intent: the same input later is a new send (here a duplicate the server refuses).
    await act(async () => {
      await result.current.mutateAsync(sendInput()).catch(() => undefined);
    });
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
  });

  it('reports the input, not the key, as the mutation’s variables', async () => {
    const mock = createMockBackend();
    const { result } = renderHook(() => useCancelAssessment(mockIds.assessmentsOfCandidateWithEveryStatus.sent), {
      wrapper: wrapperFor(mock.backend),
    });
    act(() => result.current.mutate({ reason: 'Position filled' }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.variables).toEqual({ reason: 'Position filled' });
    expect(result.current.data?.status).toBe('cancelled');
  });

  it('mutate reports a failure through error, without an unhandled rejection', async () => {
    const mock = createMockBackend();
    const { failNext } = recordKeys(mock.backend, 'cancelAssessment');
    failNext(new AssessmentBackendError('server', 'down'));
    const { result } = renderHook(() => useCancelAssessment(mockIds.assessmentsOfCandidateWithEveryStatus.sent), {
      wrapper: wrapperFor(mock.backend),
    });
    act(() => result.current.mutate({}));
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'server' }));
  });

  it('a refusal settles the intent: the next attempt of the same cancel gets a new key; a network failure keeps it', async () => {
    const mock = createMockBackend();
    const { keys, failNext } = recordKeys(mock.backend, 'cancelAssessment');
    const { result } = renderHook(() => useCancelAssessment(mockIds.assessmentsOfCandidateWithEveryStatus.sent), {
      wrapper: wrapperFor(mock.backend),
    });
    failNext(new AssessmentBackendError('network', 'offline'));
    failNext(new AssessmentBackendError('conflict', 'changed meanwhile'));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await act(async () => {
        await result.current.mutateAsync({ reason: 'Wrong test' }).catch(() => undefined);
      });
    }
    expect(keys).toHaveLength(3);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
  });
});

describe('idempotency keys where the platform differs', () => {
  it('are UUIDs where crypto.randomUUID exists', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    expect(result.current.keyFor('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('are still made, and unique, where there is no crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    try {
      const first = createIdempotencyKey();
      expect(first).toMatch(/^ak-[a-z0-9]+-[a-z0-9]+$/);
      expect(createIdempotencyKey()).not.toBe(first);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('fingerprint the same object the same in every key order', () => {
    const entries: [string, number][] = [['reviewerIds', 1], ['testId', 2], ['a', 3], ['scorecard', 4], ['candidateId', 5], ['b', 6]];
    const fingerprints = new Set<number>();
    for (let shift = 0; shift < entries.length; shift += 1) {
      const rotated = [...entries.slice(shift), ...entries.slice(0, shift)];
      fingerprints.add(fingerprintOf(Object.fromEntries(rotated)));
      fingerprints.add(fingerprintOf(Object.fromEntries([...rotated].reverse())));
    }
    expect(fingerprints.size).toBe(1);
  });
});

describe('useIdempotentMutation', () => {
  it('works for a write that needs nothing done after it succeeds', async () => {
    const seen: string[] = [];
    const { result } = renderHook(
      () =>
        useIdempotentMutation({
          mutationFn: async (input: string, idempotencyKey) => {
            seen.push(`${input}:${idempotencyKey}`);
            return input.toUpperCase();
          },
        }),
      { wrapper: wrapperFor(createMockBackend().backend) },
    );
    let answer: string | undefined;
    await act(async () => {
      answer = await result.current.mutateAsync('ping');
    });
    expect(answer).toBe('PING');
    expect(seen).toHaveLength(1);
    await waitFor(() => expect(result.current.data).toBe('PING'));
  });
});
