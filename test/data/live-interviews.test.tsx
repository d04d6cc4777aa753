import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { useCancelAssessment, useCandidateAssessments } from '../../src/data/hooks/use-assessments';
import { useCreateLiveInterview, useSendInterviewLink } from '../../src/data/hooks/use-live-interviews';
import type { Assessment } from '../../src/domain';
import { createMockBackend, mockIds } from '../../src/mock';

const live = mockIds.liveInterviews;

/** No push and no poll in the test's time: only a write's own answer can change the cached list. */
function quietWrapper(backend: AssessmentBackend) {
  const { subscribe: _subscribe, ...withoutPush } = backend;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <AssessmentKitProvider backend={withoutPush} queryClient={queryClient} pollIntervalMs={60_000}>
      {children}
    </AssessmentKitProvider>
  );
}

const input = {
  candidateId: live.candidate,
  providerId: mockIds.connectedProvider,
  title: 'Pairing on the design system',
  interviewerIds: ['rev-1'],
  scorecard: null,
};

describe('live interview hooks', () => {
  it('a new interview joins the candidate’s list at the top at once', async () => {
    const mock = createMockBackend();
    const { result } = renderHook(
      () => ({ list: useCandidateAssessments(live.candidate), create: useCreateLiveInterview() }),
      { wrapper: quietWrapper(mock.backend) },
    );
    await waitFor(() => expect(result.current.list.data?.length).toBeGreaterThan(0));
    const before = result.current.list.data!;
    let created: Assessment | undefined;
    await act(async () => {
      created = await result.current.create.mutateAsync(input);
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(before.length + 1));
    expect(result.current.list.data![0]).toEqual(created);
    expect(result.current.list.data!.slice(1)).toEqual(before);
  });

  it('sends one pad for a double click, and retries a failure with the same key', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const keys: string[] = [];
    const create = mock.backend.createLiveInterview.bind(mock.backend);
    let failNext = true;
    mock.backend.createLiveInterview = async (value, options) => {
      keys.push(options.idempotencyKey);
      if (failNext) {
        failNext = false;
        throw new Error('socket hang up');
      }
      return create(value, options);
    };
    const { result } = renderHook(() => useCreateLiveInterview(), { wrapper: quietWrapper(mock.backend) });
    await act(async () => {
      await Promise.all([result.current.mutateAsync(input), result.current.mutateAsync(input)].map((p) => p.catch(() => undefined)));
    });
    await act(async () => {
      await result.current.mutateAsync(input);
    });
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('sending the candidate’s link updates only that interview’s row', async () => {
    const mock = createMockBackend();
    const { result } = renderHook(
      () => ({ list: useCandidateAssessments(live.candidate), send: useSendInterviewLink(live.scheduled) }),
      { wrapper: quietWrapper(mock.backend) },
    );
    await waitFor(() => expect(result.current.list.data?.length).toBeGreaterThan(0));
    const before = result.current.list.data!;
    let sent: Assessment | undefined;
    await act(async () => {
      sent = await result.current.send.mutateAsync();
    });
    await waitFor(() => expect(result.current.list.data?.find((a) => a.id === live.scheduled)).toEqual(sent));
    expect(sent).not.toEqual(before.find((a) => a.id === live.scheduled));
    const others = (list: Assessment[] | undefined) => list?.filter((a) => a.id !== live.scheduled);
    expect(others(result.current.list.data)).toEqual(others(before));
    expect(result.current.list.data!.map((a) => a.id)).toEqual(before.map((a) => a.id));
  });

  it('queues a cancel behind a link being sent for the same interview', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const order: string[] = [];
    const sendLink = mock.backend.sendInterviewLink.bind(mock.backend);
    const cancel = mock.backend.cancelAssessment.bind(mock.backend);
    mock.backend.sendInterviewLink = async (id, options) => {
      order.push('link starts');
      const answer = await sendLink(id, options);
      order.push('link ends');
      return answer;
    };
    mock.backend.cancelAssessment = async (value, options) => {
      order.push('cancel starts');
      const answer = await cancel(value, options);
      order.push('cancel ends');
      return answer;
    };
    const { result } = renderHook(
      () => ({ send: useSendInterviewLink(live.scheduled), cancel: useCancelAssessment(live.scheduled) }),
      { wrapper: quietWrapper(mock.backend) },
    );
    await act(async () => {
      await Promise.all([result.current.send.mutateAsync(), result.current.cancel.mutateAsync({})]);
    });
    expect(order).toEqual(['link starts', 'link ends', 'cancel starts', 'cancel ends']);
  });
});
