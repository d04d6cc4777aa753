import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { IDEMPOTENCY_HEADER } from '../../src/backend/rest-contract';
import { buildAssessment, mockIds } from '../../src/mock';
import { openCard, summaryButton } from '../support/item-card';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';

const everyStatus = mockIds.candidateWithEveryStatus;
const ids = mockIds.assessmentsOfCandidateWithEveryStatus;

/**
 * The card (article) whose badge says this status. `hidden: true` because an open dialog hides the page behind it
 * from assistive technology, and some tests look at a card behind a dialog.
 */
function cardWithStatus(status: string): HTMLElement {
  const cards = screen
    .getAllByRole('article', { hidden: true })
    .filter((card) => within(card).queryAllByText(new RegExp(`^Status: ${status}(,|$)`)).length > 0);
  if (cards.length !== 1) throw new Error(`expected one card with status ${status}, found ${cards.length}`);
  return cards[0]!;
}

async function renderTab(candidateId: string = everyStatus, options: Parameters<typeof renderWithKit>[1] = {}) {
  const result = renderWithKit(<CandidateAssessments candidateId={candidateId} />, options);
  await screen.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
  return result;
}

/** Every request the mock server saw for this method and path suffix. */
function recordRequests(method: string, pathEnd: string) {
  const requests: Request[] = [];
  mswServer.events.on('request:start', ({ request }) => {
    if (request.method === method && new URL(request.url).pathname.endsWith(pathEnd)) requests.push(request.clone());
  });
  return requests;
}

const listUrl = (candidateId: string) => `${API_BASE_URL}/candidates/${candidateId}/assessments`;

describe('CandidateAssessments', () => {
  it('lists every assessment newest first, each with test, provider, origin, sender, reviewers and status detail', async () => {
    await renderTab();
    const section = screen.getByRole('region', { name: 'Assessments' });
    const cards = within(section).getAllByRole('article');
    expect(cards.map((card) => within(card).getByText(/^Status: /).textContent)).toEqual([
      'Status: Needs action',
      'Status: In progress, Started 16 hours ago',
      'Status: Sent, Expires in 3 days',
      'Status: Cancelled, 29 Oct',
      'Status: Completed, 17 Oct, 88 out of 100',
      'Status: Expired, 22 Oct',
      'Status: Failed, 5 Oct, Delivery failed',
    ]);

    const sent = await openCard(cardWithStatus('Sent'));
    // The summary line is what a screen reader hears first: title, kind, status with its detail.
    expect(within(sent).getByRole('heading', { level: 3 })).toHaveAccessibleName(/^Frontend \(Vue\) — Live pairing,\s?Assessment,\s?Status: Sent, Expires in 3 days$/);
    expect(await within(sent).findByText('SkillForge · Sent ad hoc · Sent by Dana Ruiz')).toBeInTheDocument();
    expect(within(sent).getByText('Reviewers: Fatima Al-Sayed and Jonas Berg')).toBeInTheDocument();

    const planned = await openCard(cardWithStatus('Needs action'));
    expect(await within(planned).findByText('CodeInterview · Interview plan: Technical Assessment')).toBeInTheDocument();
    expect(within(planned).getByText('Needs action')).toBeInTheDocument();
    expect(within(planned).getByRole('button', { name: /^Send / })).toBeInTheDocument();
    expect(within(planned).queryByRole('button', { name: /Cancel|Resend/ })).not.toBeInTheDocument();
  });

  it('names the provider once providers load (no flash of its id), and falls back to the id if they can’t load', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    mswServer.use(
      http.get(`${API_BASE_URL}/providers`, async () => {
        await held;
        return HttpResponse.json({ error: { code: 'server', message: 'Injected by the test.' } }, { status: 500 });
      }),
    );
    await renderTab(mockIds.candidateWithActiveAssessment);
    const card = await openCard(screen.getByRole('article', { name: 'Frontend (Vue) — System design' }));
    expect(within(card).getByText('Sent ad hoc · Sent by Dana Ruiz')).toBeInTheDocument();
    release();
    expect(await within(card).findByText('skillforge · Sent ad hoc · Sent by Dana Ruiz')).toBeInTheDocument();
  });

  it('shows a completed assessment’s score as got/total and percentage, time taken, report link and reviewers’ feedback', async () => {
    await renderTab();
    const completed = await openCard(cardWithStatus('Completed'));
    expect(within(completed).getByText('88/100 · 88%')).toBeInTheDocument();
    expect(within(completed).getByText('88 out of 100, 88%')).toBeInTheDocument();
    expect(within(completed).getByText('49 min')).toBeInTheDocument();

    const report = within(completed).getByRole('link', { name: /^View report for .* \(opens in a new tab\)$/ });
    expect(report).toHaveAttribute('href', expect.stringMatching(/^https:\/\/app\.codeinterview\.io\/reports\//));
    expect(report).toHaveAttribute('target', '_blank');
    expect(report).toHaveAttribute('rel', 'noopener noreferrer');

    expect(within(completed).getByText('1 of 2 submitted')).toBeInTheDocument();
    const reviewers = within(completed).getAllByRole('listitem').filter((item) => item.textContent?.match(/Submitted|Due/));
    expect(reviewers.map((item) => item.textContent)).toEqual([
      'Fatima Al-SayedSubmittedSubmitted 17 Oct',
      'Daniel KimDue',
    ]);
  });

  it('explains a failed assessment: the cause in words and what to do next', async () => {
    await renderTab();
    const failed = await openCard(cardWithStatus('Failed'));
    expect(within(failed).getByText('Cause: The test was archived in the vendor.')).toBeInTheDocument();
    expect(within(failed).getByText(/Fix the cause .*, then resend/)).toBeInTheDocument();
    expect(within(failed).getByRole('button', { name: /^Resend .* as a new invitation$/ })).toBeInTheDocument();
  });

  it('names each history button with its card: the same words four times in a row say nothing', async () => {
    await renderTab();
    for (const card of screen.getAllByRole('article')) await openCard(card);
    const toggles = screen.getAllByRole('button', { name: /^History \(\d+\)/ });
    expect(toggles.length).toBeGreaterThan(1);
    for (const toggle of toggles) {
      const card = toggle.closest('article')!;
      expect(toggle).toHaveAccessibleName(`${toggle.textContent}: ${card.querySelector(`[id="${card.getAttribute('aria-labelledby')}"]`)!.textContent}`);
    }
    expect(new Set(toggles.map((toggle) => toggle.getAttribute('aria-label'))).size).toBe(toggles.length);
  });

  it('shows every item as its summary line with its details closed, and the one next step beside it', async () => {
    await renderTab();
    const toggles = screen.getAllByRole('article').map(summaryButton);
    expect(toggles).toHaveLength(7);
    for (const toggle of toggles) expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // Only what needs no opening sits on the line: the Send of the plan activity that needs action.
    expect(within(cardWithStatus('Needs action')).getByRole('button', { name: /^Send / })).toBeVisible();
  });

  it('opens the only item of a list of one: there is nothing to scan past', async () => {
    await renderTab(mockIds.candidateWithActiveAssessment);
    const [only] = screen.getAllByRole('article');
    expect(summaryButton(only!)).toHaveAttribute('aria-expanded', 'true');
    expect(within(only!).getByRole('button', { name: /^Resend invitation for / })).toBeVisible();
  });

  it('keeps an item in its place when its status changes under the user, focus and all', async () => {
    // An older take-home under way (needs attention, so first) and a newer one sent.
    const candidate = mockIds.candidateWithNoAssessments;
    const item = (id: string, testTitle: string, createdAt: string, status: 'sent' | 'in_progress' | 'completed') =>
      buildAssessment({ id, candidateId: candidate, testTitle, status, sentAt: createdAt, history: [{ status: 'sent', at: createdAt, note: null }] });
    let answer = [item('older', 'Older take-home', '2026-10-20T09:00:00Z', 'in_progress'), item('newer', 'Newer take-home', '2026-10-30T09:00:00Z', 'sent')];
    mswServer.use(http.get(listUrl(candidate), () => HttpResponse.json({ assessments: answer })));
    const { user, queryClient } = await renderTab(candidate);
    const titles = () => screen.getAllByRole('article').map((card) => document.getElementById(card.getAttribute('aria-labelledby')!)!.textContent);
    expect(titles()).toEqual(['Older take-home', 'Newer take-home']);
    const older = screen.getByRole('article', { name: 'Older take-home' });
    await user.click(summaryButton(older));
    expect(summaryButton(older)).toHaveFocus();

    // It finished: by status it would now sort after the newer one, but it stays where the user is working.
    answer = [{ ...answer[0]!, status: 'completed', completedAt: '2026-11-01T09:00:00Z', score: { got: 7, total: 10 } }, answer[1]!];
    await queryClient.refetchQueries();
    await waitFor(() => expect(within(older).getByText(/^Status: Completed/)).toBeInTheDocument());
    expect(titles()).toEqual(['Older take-home', 'Newer take-home']);
    expect(summaryButton(older)).toHaveFocus();
  });

  it('keeps each history collapsed until its disclosure button opens it', async () => {
    const { user } = await renderTab();
    const completed = await openCard(cardWithStatus('Completed'));
    const toggle = within(completed).getByRole('button', { name: /^History \(3\): / });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(completed).queryByText(/^Completed, /)).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const history = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(history).getAllByRole('listitem').map((entry) => entry.firstChild?.textContent)).toEqual([
      expect.stringMatching(/^Sent, 17 Oct 2026/),
      expect.stringMatching(/^In progress, 17 Oct 2026/),
      expect.stringMatching(/^Completed, 17 Oct 2026/),
    ]);
    expect(within(history).getByText('Sent by Marcus Lee')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(completed).queryByText(/^Completed, 17 Oct/)).not.toBeInTheDocument();
  });

  describe('resend', () => {
    it('resends a sent invitation once under a double click, and says so', async () => {
      const onAnnounce = vi.fn();
      const resends = recordRequests('POST', `/assessments/${ids.sent}/resend`);
      const { user } = await renderTab(everyStatus, { provider: { onAnnounce } });
      // Slow enough that the second click lands while the first request runs.
      mockServer.setLatency(100);
      const sent = await openCard(cardWithStatus('Sent'));
      const button = within(sent).getByRole('button', { name: 'Resend invitation for Frontend (Vue) — Live pairing' });

      await user.dblClick(button);
      await waitFor(() => expect(onAnnounce).toHaveBeenCalledWith('Invitation for Frontend (Vue) — Live pairing sent again.', 'polite'));
      expect(resends).toHaveLength(1);
      // Seen on the item as well as heard.
      expect(within(sent).getByText('Invitation for Frontend (Vue) — Live pairing sent again.')).toBeInTheDocument();
      // The same assessment, with the resend in its history and a fresh link.
      await user.click(within(sent).getByRole('button', { name: 'History (2): Frontend (Vue) — Live pairing' }));
      expect(within(sent).getByText('Resent by Dana Ruiz')).toBeInTheDocument();
      expect(within(sent).getByText('Status: Sent, Expires in 7 days')).toBeInTheDocument();
      expect(screen.getAllByRole('article')).toHaveLength(7);
    });

    it('shows why a resend failed and retries with the same idempotency key', async () => {
      const resends = recordRequests('POST', `/assessments/${ids.sent}/resend`);
      const { user } = await renderTab();
      mockServer.faults.failNext({ status: 503, route: 'resendAssessment' });
      const sent = await openCard(cardWithStatus('Sent'));
      await user.click(within(sent).getByRole('button', { name: /^Resend invitation/ }));

      const alert = await within(sent).findByRole('alert');
      expect(alert).toHaveTextContent('The invitation was not resent.');
      expect(alert).toHaveTextContent('Something went wrong on our side.');
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      await waitFor(() => expect(within(sent).queryByRole('alert')).not.toBeInTheDocument());
      expect(resends).toHaveLength(2);
      expect(resends[1]!.headers.get(IDEMPOTENCY_HEADER)).toBe(resends[0]!.headers.get(IDEMPOTENCY_HEADER));
    });

    it('resends an expired assessment as a new invitation, keeps the expired one, and moves focus to the new one', async () => {
      const onAnnounce = vi.fn();
      const { user } = await renderTab(everyStatus, { provider: { onAnnounce }, seed: { integrationStates: { codeinterview: 'connected' } } });
      const expired = await openCard(cardWithStatus('Expired'));
      expect(within(expired).getByText('The link expired on 22 Oct without an attempt.')).toBeInTheDocument();

      await user.click(within(expired).getByRole('button', { name: 'Resend Frontend (Vue) — Live pairing as a new invitation' }));

      await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(8));
      // The newest after the two that need the recruiter (Needs action, In progress).
      const newest = screen.getAllByRole('article')[2]!;
      expect(within(newest).getByText('Status: Sent, Expires in 7 days')).toBeInTheDocument();
      expect(summaryButton(newest)).toHaveAccessibleName(/^Frontend \(Vue\) — Live pairing,/);
      expect(summaryButton(newest)).toHaveFocus();
      expect(onAnnounce).toHaveBeenCalledWith('New assessment, Frontend (Vue) — Live pairing: Sent', 'polite');
      // The expired one stays as it was, says what happened, and can't be resent twice.
      expect(within(expired).getByText('Status: Expired, 22 Oct')).toBeInTheDocument();
      expect(within(expired).getByText('A new invitation was sent on 2 Nov.')).toBeInTheDocument();
      expect(within(expired).queryByRole('button', { name: /^Resend/ })).not.toBeInTheDocument();
    });
    it('says why when the backend refuses a resend (the provider is not connected any more), without a pointless retry', async () => {
      const { user } = await renderTab();
      const expired = await openCard(cardWithStatus('Expired'));
      await user.click(within(expired).getByRole('button', { name: /^Resend .* as a new invitation$/ }));
      const alert = await within(expired).findByRole('alert');
      expect(alert).toHaveTextContent('The invitation was not resent.');
      expect(alert).toHaveTextContent(/its provider is no longer connected/);
      expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
      expect(screen.getAllByRole('article')).toHaveLength(7);
    });
  });

  describe('cancel', () => {
    it('asks first (focus on the safe button), saves the optional reason and shows the cancelled state', async () => {
      const onAnnounce = vi.fn();
      const { user } = await renderTab(everyStatus, { provider: { onAnnounce } });
      const inProgress = await openCard(cardWithStatus('In progress'));
      expect(within(inProgress).queryByRole('button', { name: /^Resend invitation/ })).not.toBeInTheDocument();
      await user.click(within(inProgress).getByRole('button', { name: 'Cancel Senior Frontend (React) — System design' }));

      const dialog = await screen.findByRole('alertdialog', { name: 'Cancel Senior Frontend (React) — System design?' });
      expect(dialog).toHaveAccessibleDescription(/The candidate’s link stops working/);
      expect(within(dialog).getByRole('button', { name: 'Keep assessment' })).toHaveFocus();
      await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'Position filled');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));

      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      const cancelled = screen.getAllByRole('article')[1]!;
      expect(within(cancelled).getByText('Status: Cancelled, 2 Nov')).toBeInTheDocument();
      expect(within(cancelled).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();
      // Its button is gone: focus lands on the assessment it belonged to.
      await waitFor(() => expect(summaryButton(cancelled)).toHaveFocus());
      expect(onAnnounce).toHaveBeenCalledWith('Senior Frontend (React) — System design: Cancelled', 'polite');
      await user.click(within(cancelled).getByRole('button', { name: /^History/ }));
      expect(within(cancelled).getByText('Cancelled by Dana Ruiz: Position filled')).toBeInTheDocument();
    });

    it('stays open while cancelling: Escape is held and says why, once; Keep assessment does nothing', async () => {
      const onAnnounce = vi.fn();
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      // Held until released, then answered by the mock backend as usual.
      mswServer.use(http.post(`${API_BASE_URL}/assessments/:id/cancel`, async () => void (await released)));
      const { user } = await renderTab(everyStatus, { provider: { onAnnounce } });
      await user.click(within(await openCard(cardWithStatus('Sent'))).getByRole('button', { name: /^Cancel / }));
      const dialog = await screen.findByRole('alertdialog');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel assessment' })).toHaveAttribute('aria-busy', 'true'));

      const keep = within(dialog).getByRole('button', { name: 'Keep assessment' });
      expect(keep).toHaveAttribute('aria-disabled', 'true');
      await user.click(keep);
      await user.keyboard('{Escape}');
      await user.keyboard('{Escape}');
      expect(screen.getByRole('alertdialog')).toBe(dialog);
      expect(onAnnounce.mock.calls.filter(([message]) => message === 'Cancelling…')).toHaveLength(1);

      release();
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      await waitFor(() => expect(onAnnounce).toHaveBeenCalledWith('Frontend (Vue) — Live pairing: Cancelled', 'polite'));
    });

    it('asks before Escape throws a typed reason away, with focus on Keep editing', async () => {
      const cancels = recordRequests('POST', '/cancel');
      const { user } = await renderTab();
      await user.click(within(await openCard(cardWithStatus('Sent'))).getByRole('button', { name: /^Cancel / }));
      const dialog = await screen.findByRole('alertdialog', { name: /^Cancel .*\?$/ });
      const reason = within(dialog).getByRole('textbox', { name: 'Reason (optional)' });
      await user.type(reason, 'Hired elsewhere');
      await user.keyboard('{Escape}');

      const confirm = await screen.findByRole('alertdialog', { name: 'Discard the reason?' });
      expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Discard the reason?' })).not.toBeInTheDocument());
      expect(reason).toHaveValue('Hired elsewhere');
      expect(reason).toHaveFocus();

      await user.keyboard('{Escape}');
      await user.click(within(await screen.findByRole('alertdialog', { name: 'Discard the reason?' })).getByRole('button', { name: 'Discard reason' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      expect(cancels).toHaveLength(0);

      // Without a reason typed, Escape closes at once.
      await user.click(within(await openCard(cardWithStatus('Sent'))).getByRole('button', { name: /^Cancel / }));
      await screen.findByRole('alertdialog');
      await user.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    });

    it('keeping the assessment closes the dialog, returns focus and sends nothing', async () => {
      const cancels = recordRequests('POST', '/cancel');
      const { user } = await renderTab();
      const sent = await openCard(cardWithStatus('Sent'));
      const trigger = within(sent).getByRole('button', { name: /^Cancel / });
      await user.click(trigger);
      await user.click(await screen.findByRole('button', { name: 'Keep assessment' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      expect(trigger).toHaveFocus();
      expect(cancels).toHaveLength(0);
      expect(within(sent).getByText(/^Status: Sent/)).toBeInTheDocument();
    });

    it('keeps the reason after a failure and retries with the same key', async () => {
      const cancels = recordRequests('POST', '/cancel');
      const { user } = await renderTab();
      mockServer.faults.networkErrorNext({ route: 'cancelAssessment' });
      await user.click(within(await openCard(cardWithStatus('Sent'))).getByRole('button', { name: /^Cancel / }));
      const dialog = await screen.findByRole('alertdialog');
      await user.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'Wrong test');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));

      expect(await within(dialog).findByRole('alert')).toHaveTextContent(/not cancelled.*couldn’t reach the server/);
      expect(within(dialog).getByRole('textbox', { name: 'Reason (optional)' })).toHaveValue('Wrong test');
      // The next step: the confirm button, which tries again.
      expect(within(dialog).getByRole('button', { name: 'Cancel assessment' })).toHaveFocus();
      await user.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));
      await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
      expect(cancels).toHaveLength(2);
      expect(cancels[1]!.headers.get(IDEMPOTENCY_HEADER)).toBe(cancels[0]!.headers.get(IDEMPOTENCY_HEADER));
    });

    it('says clearly when the backend refuses (the candidate finished meanwhile) and shows the real state', async () => {
      const { user } = await renderTab();
      const inProgress = await openCard(cardWithStatus('In progress'));
      await user.click(within(inProgress).getByRole('button', { name: /^Cancel / }));
      const dialog = await screen.findByRole('alertdialog');
      // The vendor's webhook lands while the recruiter reads the dialog.
      mockServer.mock.simulator.complete(ids.in_progress, { got: 30, total: 40 });
      await user.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));

      const alert = await within(dialog).findByRole('alert');
      await waitFor(() =>
        expect(alert).toHaveTextContent('It can no longer be cancelled. Current status: Completed.'),
      );
      expect(within(dialog).queryByRole('button', { name: 'Cancel assessment' })).not.toBeInTheDocument();
      expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));

      const nowCompleted = screen.getAllByRole('article')[1]!;
      expect(within(nowCompleted).getByText('Status: Completed, 2 Nov, 30 out of 40')).toBeInTheDocument();
      expect(within(nowCompleted).getByText('30/40 · 75%')).toBeInTheDocument();
      await waitFor(() => expect(summaryButton(nowCompleted)).toHaveFocus());
    });
  });

  describe('states', () => {
    it('shows an empty state for a candidate without assessments', async () => {
      renderWithKit(<CandidateAssessments candidateId={mockIds.candidateWithNoAssessments} />);
      expect(await screen.findByText('No assessments yet')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Send Assessment' })).toBeInTheDocument();
    });

    it('shows a loading state that screen readers hear', async () => {
      mockServer.setLatency(50);
      renderWithKit(<CandidateAssessments candidateId={everyStatus} />);
      expect(screen.getByRole('status')).toHaveTextContent('Loading assessments…');
      expect(await screen.findAllByRole('article')).toHaveLength(7);
      expect(screen.queryByText('Loading assessments…')).not.toBeInTheDocument();
    });

    it('shows a load error with a retry that recovers', async () => {
      mockServer.faults.failNext({ status: 500, route: 'listCandidateAssessments' });
      const { user } = renderWithKit(<CandidateAssessments candidateId={everyStatus} />);
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('The assessments could not be loaded.');
      await user.click(within(alert).getByRole('button', { name: 'Try again' }));
      expect(await screen.findAllByRole('article')).toHaveLength(7);
    });
  });

  describe('bad input', () => {
    const answerWith = (candidateId: string, assessments: unknown[]) =>
      mswServer.use(http.get(listUrl(candidateId), () => HttpResponse.json({ assessments })));
    const completed = (overrides: Record<string, unknown>) => ({
      ...buildAssessment({
        id: `a-${Math.random().toString(36).slice(2)}`,
        candidateId: 'cand-02',
        status: 'completed',
        testTitle: 'Take-home',
        sentAt: '2026-10-20T09:00:00Z',
        completedAt: '2026-10-21T09:00:00Z',
        score: { got: 7, total: 10 },
        history: [{ status: 'sent', at: '2026-10-20T09:00:00Z', note: null }],
      }),
      ...overrides,
    });

    it.each([
      ['javascript:', 'javascript:alert(document.cookie)'],
      ['data:', 'data:text/html,<script>alert(1)</script>'],
      ['malformed', 'http//not a url'],
      ['relative', '/reports/r1'],
    ])('never turns a %s report URL into a link', async (_kind, reportUrl) => {
      answerWith('cand-02', [completed({ reportUrl })]);
      await renderTab('cand-02');
      await openCard(screen.getByRole('article'));
      expect(screen.queryByRole('link')).not.toBeInTheDocument();
      expect(screen.getByText('The vendor hasn’t shared a report yet.')).toBeInTheDocument();
      expect(document.body.innerHTML).not.toContain(reportUrl.slice(0, 10));
    });

    it('shows "Score pending" for a completed assessment without a score', async () => {
      answerWith('cand-02', [completed({ score: null })]);
      await renderTab('cand-02');
      await openCard(screen.getByRole('article'));
      expect(screen.getByText('Score pending')).toBeInTheDocument();
      expect(screen.getByText('Status: Completed, 21 Oct')).toBeInTheDocument();
    });

    it('shows a status it does not know as Unknown with the word, offering nothing that assumes a state', async () => {
      answerWith('cand-02', [completed({ status: 'on_hold_by_vendor', vendorStatus: null, score: null })]);
      await renderTab('cand-02');
      const card = await openCard(screen.getByRole('article', { name: 'Take-home' }));
      expect(within(card).getByText('Status: Unknown, Reported as “on_hold_by_vendor”')).toBeInTheDocument();
      expect(within(card).getByText(/The vendor reported a status we don’t recognise \(“on_hold_by_vendor”\)/)).toBeInTheDocument();
      expect(within(card).queryByRole('button', { name: /Resend|Cancel|Send/ })).not.toBeInTheDocument();
    });
  });
});
