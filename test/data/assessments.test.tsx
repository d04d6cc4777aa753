import { focusManager, QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import {
  useCancelAssessment,
  useCandidate,
  useCandidateAssessments,
  useResendAssessment,
  useSendAssessment,
} from '../../src/data/hooks/use-assessments';
import type { Assessment } from '../../src/domain';
import { createMockBackend, mockIds } from '../../src/mock';

const everyStatus = mockIds.assessmentsOfCandidateWithEveryStatus;

function wrapperFor(backend: AssessmentBackend, pollIntervalMs = 15) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <AssessmentKitProvider backend={backend} queryClient={queryClient} pollIntervalMs={pollIntervalMs}>
      {children}
    </AssessmentKitProvider>
  );
}

/** The backend without `subscribe`, like the HTTP adapter: the kit must poll. */
function withoutPush(backend: AssessmentBackend): AssessmentBackend {
  const { subscribe: _subscribe, ...rest } = backend;
  return rest;
}

/** Counts list reads per candidate. */
function countListReads(backend: AssessmentBackend) {
  const reads = new Map<string, number>();
  const list = backend.listCandidateAssessments.bind(backend);
  backend.listCandidateAssessments = (candidateId, options) => {
    reads.set(candidateId, (reads.get(candidateId) ?? 0) + 1);
    return list(candidateId, options);
  };
  return (candidateId: string) => reads.get(candidateId) ?? 0;
}

const ids = (list: Assessment[] | undefined) => list?.map((a) => a.id);
const without = (list: Assessment[] | undefined, id: string) => list?.filter((a) => a.id !== id);

describe('a pushed assessment updates the cached list', () => {
  async function renderEveryStatus() {
    const mock = createMockBackend();
    const { result } = renderHook(() => useCandidateAssessments(mockIds.candidateWithEveryStatus), {
      wrapper: wrapperFor(mock.backend),
    });
    await waitFor(() => expect(result.current.data).toHaveLength(7));
    return { mock, result, before: result.current.data! };
  }

  it('replaces exactly the row that changed, in place', async () => {
    const { mock, result, before } = await renderEveryStatus();
    act(() => {
      mock.simulator.start(everyStatus.sent);
    });
    await waitFor(() => expect(result.current.data?.find((a) => a.id === everyStatus.sent)?.status).toBe('in_progress'));
    const after = result.current.data!;
    expect(ids(after)).toEqual(ids(before));
    expect(without(after, everyStatus.sent)).toEqual(without(before, everyStatus.sent));
  });

  it('adds an assessment it has not seen at the top, once, however often it is pushed', async () => {
    const { mock, result, before } = await renderEveryStatus();
    let sent: Assessment | undefined;
    await act(async () => {
      sent = await mock.backend.sendAssessment(
        {
          candidateId: mockIds.candidateWithEveryStatus,
          providerId: mockIds.connectedProvider,
          testId: mockIds.skillForgeTest,
          reviewerIds: ['rev-1'],
          scorecard: null,
        },
        { idempotencyKey: 'pushed-new' },
      );
    });
    await waitFor(() => expect(result.current.data).toHaveLength(8));
    expect(ids(result.current.data)).toEqual([sent!.id, ...ids(before)!]);

    // The vendor's webhooks for the new one arrive: it changes where it is and is never added twice.
    act(() => {
      mock.simulator.start(sent!.id);
    });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('in_progress'));
    expect(ids(result.current.data)).toEqual([sent!.id, ...ids(before)!]);
  });

  it('leaves another candidate’s list alone', async () => {
    const mock = createMockBackend();
    const wrapper = wrapperFor(mock.backend);
    const { result } = renderHook(
      () => ({
        mine: useCandidateAssessments(mockIds.candidateWithEveryStatus),
        other: useCandidateAssessments(mockIds.candidateWithActiveAssessment),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.other.data).toHaveLength(1));
    await waitFor(() => expect(result.current.mine.data).toHaveLength(7));
    const other = result.current.other.data;
    act(() => {
      mock.simulator.complete(everyStatus.sent, { got: 3, total: 4 });
    });
    await waitFor(() => expect(result.current.mine.data?.find((a) => a.id === everyStatus.sent)?.status).toBe('completed'));
    expect(result.current.other.data).toBe(other);
  });
});

describe('writes update the cached list', () => {
  // Without push and with a long poll interval, only the write's own answer can change the list.
  it('a cancel replaces only its own row', async () => {
    const mock = createMockBackend();
    const wrapper = wrapperFor(withoutPush(mock.backend), 60_000);
    const { result } = renderHook(
      () => ({ list: useCandidateAssessments(mockIds.candidateWithEveryStatus), cancel: useCancelAssessment(everyStatus.sent) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(7));
    const before = result.current.list.data!;
    await act(async () => {
      await result.current.cancel.mutateAsync({ reason: 'Position filled' });
    });
    // TanStack Query tells observers on the next tick: wait for the render, not just the promise.
    await waitFor(() => expect(result.current.list.data?.find((a) => a.id === everyStatus.sent)?.status).toBe('cancelled'));
    const after = result.current.list.data!;
    expect(ids(after)).toEqual(ids(before));
    expect(without(after, everyStatus.sent)).toEqual(without(before, everyStatus.sent));
  });

  it('a resend replaces only its own row, with the new expiry', async () => {
    const mock = createMockBackend({ now: () => new Date('2026-11-04T09:00:00Z') });
    const wrapper = wrapperFor(withoutPush(mock.backend), 60_000);
    const { result } = renderHook(
      () => ({ list: useCandidateAssessments(mockIds.candidateWithEveryStatus), resend: useResendAssessment(everyStatus.sent) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(7));
    const before = result.current.list.data!;
    await act(async () => {
      await result.current.resend.mutateAsync();
    });
    await waitFor(() =>
      expect(result.current.list.data?.find((a) => a.id === everyStatus.sent)?.expiresAt).toBe('2026-11-11T09:00:00.000Z'),
    );
    const after = result.current.list.data!;
    expect(ids(after)).toEqual(ids(before));
    expect(without(after, everyStatus.sent)).toEqual(without(before, everyStatus.sent));
  });

  it('a send shows the new assessment at the top at once, then reads the list again', async () => {
    const mock = createMockBackend();
    const backend = withoutPush(mock.backend);
    const list = backend.listCandidateAssessments.bind(backend);
    const wrapper = wrapperFor(backend);
    const { result } = renderHook(
      () => ({ list: useCandidateAssessments(mockIds.candidateWithCompletedAssessment), send: useSendAssessment() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));
    const before = result.current.list.data!;
    // Hold the read the send triggers, to see what the cache shows meanwhile.
    const heldReads: (() => void)[] = [];
    backend.listCandidateAssessments = (candidateId, options) =>
      new Promise((resolve) => heldReads.push(() => resolve(list(candidateId, options))));

    let sent: Assessment | undefined;
    act(() => {
      void result.current.send
        .mutateAsync({
          candidateId: mockIds.candidateWithCompletedAssessment,
          providerId: mockIds.connectedProvider,
          testId: mockIds.skillForgeTest,
          reviewerIds: ['rev-1'],
          scorecard: null,
        })
        .then((assessment) => (sent = assessment));
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(2));
    expect(result.current.list.data![0]).toMatchObject({ testId: mockIds.skillForgeTest, status: 'sent' });
    expect(result.current.list.data!.slice(1)).toEqual(before);
    await waitFor(() => expect(heldReads).toHaveLength(1));
    // The send settles once the list was read again, so the server's order and fields win.
    expect(sent).toBeUndefined();
    await act(async () => heldReads[0]!());
    await waitFor(() => expect(sent).toBeDefined());
    expect(ids(result.current.list.data)).toEqual([sent!.id, ...ids(before)!]);
  });
});

describe('when the kit polls', () => {
  /** Waits until `busy` has been read three times, then returns how often each candidate was read. */
  async function readsWhile(backend: AssessmentBackend, busy: string, candidates: string[]) {
    const reads = countListReads(backend);
    renderHook(() => [busy, ...candidates].map((id) => useCandidateAssessments(id)), { wrapper: wrapperFor(backend) });
    await waitFor(() => expect(reads(busy)).toBeGreaterThanOrEqual(3));
    return Object.fromEntries(candidates.map((id) => [id, reads(id)]));
  }

  it('polls a list while some of its assessments are active, and leaves finished lists alone', async () => {
    const mock = createMockBackend();
    // Candidate 1 has one sent and one in-progress assessment among five that are not active.
    const reads = await readsWhile(withoutPush(mock.backend), mockIds.candidateWithEveryStatus, [
      mockIds.candidateWithCompletedAssessment,
      mockIds.candidateWithPendingActivity,
      mockIds.candidateWithNoAssessments,
    ]);
    expect(reads).toEqual({
      [mockIds.candidateWithCompletedAssessment]: 1,
      [mockIds.candidateWithPendingActivity]: 1,
      [mockIds.candidateWithNoAssessments]: 1,
    });
  });

  it('polls a list whose only assessment is active', async () => {
    const backend = withoutPush(createMockBackend().backend);
    const reads = countListReads(backend);
    const { result } = renderHook(() => useCandidateAssessments(mockIds.candidateWithActiveAssessment), {
      wrapper: wrapperFor(backend),
    });
    await waitFor(() => expect(reads(mockIds.candidateWithActiveAssessment)).toBeGreaterThanOrEqual(3));
    expect(result.current.data?.map((a) => a.status)).toEqual(['sent']);
  });

  it('stops polling once nothing is active any more', async () => {
    const mock = createMockBackend();
    const backend = withoutPush(mock.backend);
    const reads = countListReads(backend);
    const { result } = renderHook(
      () => ({
        done: useCandidateAssessments(mockIds.candidateWithActiveAssessment),
        busy: useCandidateAssessments(mockIds.candidateWithEveryStatus),
      }),
      { wrapper: wrapperFor(backend) },
    );
    await waitFor(() => expect(result.current.done.data).toHaveLength(1));
    mock.simulator.complete(result.current.done.data![0]!.id);
    await waitFor(() => expect(result.current.done.data?.[0]?.status).toBe('completed'));
    const readsWhenDone = reads(mockIds.candidateWithActiveAssessment);
    const busyThen = reads(mockIds.candidateWithEveryStatus);
    await waitFor(() => expect(reads(mockIds.candidateWithEveryStatus)).toBeGreaterThanOrEqual(busyThen + 3));
    expect(reads(mockIds.candidateWithActiveAssessment)).toBe(readsWhenDone);
  });

  it('never polls when the backend pushes changes', async () => {
    const pushing = createMockBackend();
    const polling = createMockBackend();
    const pushedReads = countListReads(pushing.backend);
    const polledBackend = withoutPush(polling.backend);
    const polledReads = countListReads(polledBackend);
    const candidateId = mockIds.candidateWithActiveAssessment;
    renderHook(() => useCandidateAssessments(candidateId), { wrapper: wrapperFor(pushing.backend) });
    renderHook(() => useCandidateAssessments(candidateId), { wrapper: wrapperFor(polledBackend) });
    await waitFor(() => expect(polledReads(candidateId)).toBeGreaterThanOrEqual(3));
    expect(pushedReads(candidateId)).toBe(1);
  });

  it('polls at the provider’s interval', async () => {
    const mock = createMockBackend();
    const fast = withoutPush(mock.backend);
    const slow = withoutPush(createMockBackend().backend);
    const fastReads = countListReads(fast);
    const slowReads = countListReads(slow);
    const candidateId = mockIds.candidateWithActiveAssessment;
    renderHook(() => useCandidateAssessments(candidateId), { wrapper: wrapperFor(fast, 10) });
    renderHook(() => useCandidateAssessments(candidateId), { wrapper: wrapperFor(slow, 60_000) });
    await waitFor(() => expect(fastReads(candidateId)).toBeGreaterThanOrEqual(3));
    expect(slowReads(candidateId)).toBe(1);
  });
});

describe('useCandidate', () => {
  it('reads the candidate, and reports an unknown one as not_found', async () => {
    const mock = createMockBackend();
    const wrapper = wrapperFor(mock.backend);
    const { result } = renderHook(
      () => ({ known: useCandidate(mockIds.candidateWithEveryStatus), unknown: useCandidate('cand-missing') }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.known.data?.id).toBe(mockIds.candidateWithEveryStatus));
    await waitFor(() => expect(result.current.unknown.error).toMatchObject({ code: 'not_found' }));
  });
});

describe('answers that arrive out of order', () => {
  it('never turns an assessment back to an older revision, and takes an equal or newer one', async () => {
    const mock = createMockBackend();
    const candidateId = mockIds.candidateWithActiveAssessment;
    const list = mock.backend.listCandidateAssessments.bind(mock.backend);
    const { result } = renderHook(() => useCandidateAssessments(candidateId), { wrapper: wrapperFor(mock.backend) });
    await waitFor(() => expect(result.current.data).toHaveLength(1));
    const stale = structuredClone(result.current.data!);
    const id = stale[0]!.id;

    // The vendor's webhook is pushed: in progress, one revision up.
    act(() => {
      mock.simulator.start(id);
    });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('in_progress'));
    const pushed = result.current.data![0]!;
    expect(pushed.revision).toBe(stale[0]!.revision + 1);

    // A read that left before the push answers late, with the older revision: the push stands. (The read also
    // brings another assessment, so we can tell it landed.)
    const marker = { ...stale[0]!, id: 'asmt-late-marker' };
    mock.backend.listCandidateAssessments = async () => [...stale, marker];
    await act(async () => {
      await result.current.refetch();
    });
    await waitFor(() => expect(result.current.data).toHaveLength(2));
    expect(result.current.data?.[0]).toEqual(pushed);

    // The same revision again is the same state: the arrival wins (a backend without revisions sends 0 every time).
    const sameRevision = [{ ...pushed, vendorStatus: 'Test Left' }, marker];
    mock.backend.listCandidateAssessments = async () => sameRevision;
    await act(async () => {
      await result.current.refetch();
    });
    await waitFor(() => expect(result.current.data?.[0]?.vendorStatus).toBe('Test Left'));

    // A newer one replaces it.
    mock.backend.listCandidateAssessments = list;
    act(() => {
      mock.simulator.complete(id, { got: 9, total: 10 });
    });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('completed'));
  });

  it('keeps a newer pushed copy over an older one a write answers with', async () => {
    const mock = createMockBackend();
    const candidateId = mockIds.candidateWithActiveAssessment;
    const wrapper = wrapperFor(mock.backend);
    const { result: listResult } = renderHook(() => useCandidateAssessments(candidateId), { wrapper });
    await waitFor(() => expect(listResult.current.data).toHaveLength(1));
    const id = listResult.current.data![0]!.id;
    const { result: resend } = renderHook(() => useResendAssessment(id), { wrapper });

    // The resend's answer is overtaken by a webhook pushed while it travelled.
    const resendAssessment = mock.backend.resendAssessment.bind(mock.backend);
    mock.backend.resendAssessment = async (assessmentId, options) => {
      const answer = await resendAssessment(assessmentId, options);
      mock.simulator.start(assessmentId);
      return answer;
    };
    await act(async () => {
      await resend.current.mutateAsync();
    });
    await waitFor(() => expect(listResult.current.data?.[0]?.status).toBe('in_progress'));
    // Settled: the older answer did not win afterwards.
    await act(async () => undefined);
    expect(listResult.current.data?.[0]?.status).toBe('in_progress');
  });
});

describe('keeping a candidate’s list current', () => {
  it('polls a list holding a status word the kit does not know: it may still change', async () => {
    const mock = createMockBackend();
    const backend = withoutPush(mock.backend);
    const list = backend.listCandidateAssessments.bind(backend);
    // The backend reports a word no mapping knows for the candidate's only (completed) assessment.
    backend.listCandidateAssessments = async (candidateId, options) =>
      (await list(candidateId, options)).map((a) => ({ ...a, status: 'unknown' as const, vendorStatus: 'under review' }));
    const reads = countListReads(backend);
    renderHook(() => useCandidateAssessments(mockIds.candidateWithCompletedAssessment), { wrapper: wrapperFor(backend) });
    await waitFor(() => expect(reads(mockIds.candidateWithCompletedAssessment)).toBeGreaterThanOrEqual(3));
  });

  it('coming back to the tab re-reads a list that may change even while fresh, and leaves a finished one alone', async () => {
    const mock = createMockBackend();
    const reads = countListReads(mock.backend);
    // The kit's client: reads stay fresh for 30 s.
    const queryClient = createKitQueryClient({ retry: false });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AssessmentKitProvider backend={mock.backend} queryClient={queryClient}>
        {children}
      </AssessmentKitProvider>
    );
    const { result } = renderHook(
      () => [useCandidateAssessments(mockIds.candidateWithEveryStatus), useCandidateAssessments(mockIds.candidateWithCompletedAssessment)],
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true));
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    // Candidate 1 has two active assessments among five finished ones: one that may change is enough.
    await waitFor(() => expect(reads(mockIds.candidateWithEveryStatus)).toBe(2));
    expect(reads(mockIds.candidateWithCompletedAssessment)).toBe(1);
    focusManager.setFocused(undefined);
  });

  it('coming back to the tab re-reads a finished list once it is stale, as any read', async () => {
    const mock = createMockBackend();
    const reads = countListReads(mock.backend);
    const { result } = renderHook(() => useCandidateAssessments(mockIds.candidateWithCompletedAssessment), {
      // Reads go stale at once here.
      wrapper: wrapperFor(mock.backend),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    await waitFor(() => expect(reads(mockIds.candidateWithCompletedAssessment)).toBe(2));
    focusManager.setFocused(undefined);
  });

  it('follows the candidate it is given: pushes for the new one arrive, the old one’s no longer matter', async () => {
    const mock = createMockBackend();
    const { result, rerender } = renderHook(({ candidateId }) => useCandidateAssessments(candidateId), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { candidateId: mockIds.candidateWithCompletedAssessment as string },
    });
    await waitFor(() => expect(result.current.data).toHaveLength(1));
    rerender({ candidateId: mockIds.candidateWithActiveAssessment });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('sent'));
    act(() => {
      mock.simulator.start(result.current.data![0]!.id);
    });
    await waitFor(() => expect(result.current.data?.[0]?.status).toBe('in_progress'));
  });

  it('a send re-reads only that candidate’s list', async () => {
    const mock = createMockBackend();
    const backend = withoutPush(mock.backend);
    const reads = countListReads(backend);
    let candidateReads = 0;
    const getCandidate = backend.getCandidate.bind(backend);
    backend.getCandidate = (candidateId, options) => {
      candidateReads += 1;
      return getCandidate(candidateId, options);
    };
    const { result } = renderHook(
      () => ({
        list: useCandidateAssessments(mockIds.candidateWithNoAssessments),
        other: useCandidateAssessments(mockIds.candidateWithCompletedAssessment),
        candidate: useCandidate(mockIds.candidateWithNoAssessments),
        send: useSendAssessment(),
      }),
      { wrapper: wrapperFor(backend) },
    );
    await waitFor(() => expect(result.current.candidate.isSuccess && result.current.other.isSuccess).toBe(true));
    await act(async () => {
      await result.current.send.mutateAsync({
        candidateId: mockIds.candidateWithNoAssessments,
        providerId: mockIds.connectedProvider,
        testId: mockIds.skillForgeTest,
        reviewerIds: ['rev-1'],
        scorecard: null,
      });
    });
    expect(reads(mockIds.candidateWithNoAssessments)).toBe(2);
    expect(reads(mockIds.candidateWithCompletedAssessment)).toBe(1);
    expect(candidateReads).toBe(1);
  });

  it('runs a cancel asked for during a resend of the same assessment after it, never beside it', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const order: string[] = [];
    const resend = mock.backend.resendAssessment.bind(mock.backend);
    const cancel = mock.backend.cancelAssessment.bind(mock.backend);
    mock.backend.resendAssessment = async (id, options) => {
      order.push('resend starts');
      const answer = await resend(id, options);
      order.push('resend ends');
      return answer;
    };
    mock.backend.cancelAssessment = async (input, options) => {
      order.push('cancel starts');
      const answer = await cancel(input, options);
      order.push('cancel ends');
      return answer;
    };
    const { result } = renderHook(
      () => ({ resend: useResendAssessment(everyStatus.sent), cancel: useCancelAssessment(everyStatus.sent) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await act(async () => {
      await Promise.all([result.current.resend.mutateAsync(), result.current.cancel.mutateAsync({})]);
    });
    expect(order).toEqual(['resend starts', 'resend ends', 'cancel starts', 'cancel ends']);
  });
});
