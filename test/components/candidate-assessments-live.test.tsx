import { act, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import type { AssessmentBackend, AssessmentChangeListener } from '../../src/backend/types';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import type { Assessment } from '../../src/domain';
import { AssessmentKitProvider, type AssessmentKitProviderProps } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { MOCK_NOW, mockIds } from '../../src/mock';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';
import { openCard, summaryButton } from '../support/item-card';

/**
 * Live updates: polling (the HTTP adapter has no `subscribe`) with fake intervals, and pushes through a backend
 * that has `subscribe`. Only setInterval is faked: TanStack Query polls with it, while MSW and Testing Library
 * keep their real timeouts.
 */
const POLL_MS = 15_000;
const candidateId = mockIds.candidateWithActiveAssessment;
const activeId = 'asmt-5-a';
const title = 'Frontend (Vue) — System design';
const listPath = `/candidates/${candidateId}/assessments`;

function countListRequests() {
  const seen = { count: 0 };
  mswServer.events.on('request:start', ({ request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith(listPath)) seen.count += 1;
  });
  return seen;
}

const statusText = () => within(screen.getByRole('article', { name: title })).getByText(/^Status: /).textContent;

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

afterEach(() => {
  vi.useRealTimers();
  // jsdom's own value again.
  Reflect.deleteProperty(document, 'visibilityState');
});

async function renderPolling(onAnnounce = vi.fn()) {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  const requests = countListRequests();
  const result = renderWithKit(<CandidateAssessments candidateId={candidateId} />, { provider: { onAnnounce, pollIntervalMs: POLL_MS } });
  await screen.findByRole('article', { name: title });
  return { ...result, requests, onAnnounce };
}

const poll = () => act(async () => vi.advanceTimersByTime(POLL_MS));

/** Lets TanStack Query's batched notifications (a zero timeout) reach React. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

/**
 * The real HTTP adapter over MSW plus a push channel, as an embedder's websocket adapter would be; otherwise the
 * same provider setup as renderWithKit.
 */
function renderWithPush(subscribe: NonNullable<AssessmentBackend['subscribe']>, provider: Partial<AssessmentKitProviderProps> = {}) {
  const backend: AssessmentBackend = { ...createHttpAdapter({ baseUrl: API_BASE_URL }), subscribe };
  const queryClient = createKitQueryClient({ retry: false });
  render(
    <AssessmentKitProvider backend={backend} queryClient={queryClient} locale="en-GB" now={() => new Date(MOCK_NOW)} {...provider}>
      <CandidateAssessments candidateId={candidateId} />
    </AssessmentKitProvider>,
  );
  return { queryClient };
}

describe('CandidateAssessments, live', () => {
  describe('polling', () => {
    it('picks up the vendor’s changes at the poll interval and says each change once, not the first load', async () => {
      const { requests, onAnnounce } = await renderPolling();
      expect(statusText()).toBe('Status: Sent, Expires in 5 days');
      expect(requests.count).toBe(1);
      expect(onAnnounce).not.toHaveBeenCalled();

      mockServer.mock.simulator.start(activeId);
      await poll();
      await waitFor(() => expect(statusText()).toMatch(/^Status: In progress/));
      expect(requests.count).toBe(2);
      expect(onAnnounce).toHaveBeenCalledTimes(1);
      expect(onAnnounce).toHaveBeenLastCalledWith(`${title}: In progress`, 'polite');

      // Nothing changed: a poll, but nothing to say.
      await poll();
      await waitFor(() => expect(requests.count).toBe(3));
      expect(onAnnounce).toHaveBeenCalledTimes(1);

      mockServer.mock.simulator.complete(activeId, { got: 9, total: 10 });
      await poll();
      await waitFor(() => expect(statusText()).toBe('Status: Completed, 2 Nov, 9 out of 10'));
      expect(onAnnounce).toHaveBeenCalledTimes(2);
      // With the score: it is what the recruiter was waiting for.
      expect(onAnnounce).toHaveBeenLastCalledWith(`${title}: Completed, 9 out of 10, 90%`, 'polite');
    });

    it('stops polling once every assessment is final', async () => {
      const { requests } = await renderPolling();
      mockServer.mock.simulator.expire(activeId);
      await poll();
      await waitFor(() => expect(statusText()).toMatch(/^Status: Expired/));
      const afterFinal = requests.count;

      await poll();
      await poll();
      await poll();
      expect(requests.count).toBe(afterFinal);
    });

    it('pauses while the tab is hidden and catches up when the user comes back', async () => {
      const { requests } = await renderPolling();
      setVisibility('hidden');
      mockServer.mock.simulator.start(activeId);
      await poll();
      await poll();
      expect(requests.count).toBe(1);
      expect(statusText()).toMatch(/^Status: Sent/);

      // Coming back refetches at once, even though the last answer is not yet stale.
      act(() => setVisibility('visible'));
      await waitFor(() => expect(statusText()).toMatch(/^Status: In progress/));
      expect(requests.count).toBe(2);
    });
  });

  describe('subscribe', () => {
    it('applies each push at once and never polls', async () => {
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      const requests = countListRequests();
      const onAnnounce = vi.fn();
      renderWithPush((id, listener) => mockServer.mock.backend.subscribe(id, listener), { onAnnounce, pollIntervalMs: POLL_MS });
      await screen.findByRole('article', { name: title });

      act(() => void mockServer.mock.simulator.start(activeId));
      await waitFor(() => expect(statusText()).toMatch(/^Status: In progress/));
      act(() => void mockServer.mock.simulator.complete(activeId, { got: 41, total: 50 }));
      await waitFor(() => expect(statusText()).toBe('Status: Completed, 2 Nov, 41 out of 50'));
      expect(onAnnounce.mock.calls).toEqual([
        [`${title}: In progress`, 'polite'],
        [`${title}: Completed, 41 out of 50, 82%`, 'polite'],
      ]);

      await poll();
      await poll();
      expect(requests.count).toBe(1);
    });
  });

  describe('a live update takes away the focused control', () => {
    it('the vendor completes the assessment while its Cancel button has focus: focus goes to the card’s heading', async () => {
      await renderPolling();
      const article = await openCard(screen.getByRole('article', { name: title }));
      const cancel = within(article).getByRole('button', { name: `Cancel ${title}` });
      act(() => cancel.focus());

      mockServer.mock.simulator.complete(activeId, { got: 9, total: 10 });
      await poll();
      await waitFor(() => expect(statusText()).toMatch(/^Status: Completed/));
      expect(cancel).not.toBeInTheDocument();
      await waitFor(() => expect(summaryButton(article)).toHaveFocus());
    });

    it('focus elsewhere on the page stays where it is', async () => {
      const { user } = await renderPolling();
      await user.click(screen.getByRole('button', { name: 'Send Assessment' }));
      // The dialog loads on first use: Escape before it is open would close nothing.
      await screen.findByRole('dialog');
      await user.keyboard('{Escape}');
      const send = screen.getByRole('button', { name: 'Send Assessment' });
      await waitFor(() => expect(send).toHaveFocus());

      mockServer.mock.simulator.complete(activeId, { got: 9, total: 10 });
      await poll();
      await waitFor(() => expect(statusText()).toMatch(/^Status: Completed/));
      await settle();
      expect(send).toHaveFocus();
    });

    it('the pad ends while the interview’s Send link button has focus: focus goes to the interview’s heading', async () => {
      const interview = 'Sam Rivera · Senior Frontend Engineer';
      renderWithKit(<CandidateAssessments candidateId={mockIds.liveInterviews.candidate} />, { provider: { pollIntervalMs: 50 } });
      const article = await openCard(await screen.findByRole('article', { name: interview }));
      const sendLink = within(article).getByRole('button', { name: /^Send link/ });
      act(() => sendLink.focus());

      mockServer.mock.simulator.end(mockIds.liveInterviews.scheduled);
      await waitFor(() => expect(within(article).getByText(/^Status: /)).toHaveTextContent('Status: Ended, 2 Nov'));
      expect(sendLink).not.toBeInTheDocument();
      await waitFor(() => expect(summaryButton(article)).toHaveFocus());
    });
  });

  describe('out-of-order answers', () => {
    it('a poll answer that left before a push never turns the status back', async () => {
      let listener: AssessmentChangeListener = () => undefined;
      const { queryClient } = renderWithPush((_id, onChange) => {
        listener = onChange;
        return () => undefined;
      });
      await screen.findByRole('article', { name: title });

      // A refetch (the user came back to the tab) is answered slowly, with the state of before the push.
      const before = mockServer.mock.allAssessments().filter((a) => a.candidateId === candidateId);
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      mswServer.use(
        http.get(`${API_BASE_URL}${listPath}`, async () => {
          await released;
          return HttpResponse.json({ assessments: before });
        }),
      );
      act(() => setVisibility('visible'));
      await waitFor(() => expect(queryClient.isFetching()).toBe(1));

      // Meanwhile the vendor's webhook is pushed.
      const completed = mockServer.mock.simulator.complete(activeId, { got: 8, total: 10 });
      act(() => listener(completed));
      await waitFor(() => expect(statusText()).toBe('Status: Completed, 2 Nov, 8 out of 10'));

      // The old answer lands last.
      release();
      await waitFor(() => expect(queryClient.isFetching()).toBe(0));
      await settle();
      expect(statusText()).toBe('Status: Completed, 2 Nov, 8 out of 10');
    });

    it('a push older than the last poll answer is ignored', async () => {
      let listener: AssessmentChangeListener = () => undefined;
      const { queryClient } = renderWithPush((_id, onChange) => {
        listener = onChange;
        return () => undefined;
      });
      await screen.findByRole('article', { name: title });

      const started = mockServer.mock.simulator.start(activeId);
      mockServer.mock.simulator.complete(activeId, { got: 5, total: 10 });
      await act(() => queryClient.refetchQueries());
      await waitFor(() => expect(statusText()).toBe('Status: Completed, 2 Nov, 5 out of 10'));

      // The push about the start arrives late.
      act(() => listener(started as Assessment));
      await settle();
      expect(statusText()).toBe('Status: Completed, 2 Nov, 5 out of 10');
    });
  });
});
