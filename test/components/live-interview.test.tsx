import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AssessmentSummary } from '../../src/components/candidate-assessments';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import { ScheduleLiveInterviewDialog, useScheduleLiveInterviewForm } from '../../src/components/live-interview';
import type { Assessment } from '../../src/domain';
import { buildAssessment, mockIds } from '../../src/mock';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';
import { chooseOption } from '../support/choose-option';
import { openCard, summaryButton } from '../support/item-card';

/** Every request to a live-interview route that reached the network, with its Idempotency-Key and body. */
function recordLiveRequests() {
  const seen: Array<{ path: string; key: string | null; body: Promise<string> }> = [];
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (request.method !== 'POST' || !path.startsWith('/api/live-interviews')) return;
    seen.push({ path, key: request.headers.get('Idempotency-Key'), body: request.clone().text() });
  };
  mswServer.events.on('request:start', listener);
  return { seen, stop: () => mswServer.events.removeListener('request:start', listener) };
}

let requests: ReturnType<typeof recordLiveRequests>;
beforeEach(() => {
  requests = recordLiveRequests();
});
afterEach(() => requests.stop());

const candidateId = mockIds.candidateWithNoAssessments;
const live = mockIds.liveInterviews;
const creates = () => requests.seen.filter((r) => r.path === '/api/live-interviews');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


async function findForm() {
  const dialog = await screen.findByRole('dialog', { name: 'Schedule live interview' });
  await within(dialog).findByRole('combobox', { name: 'Interviewers' });
  return dialog;
}

async function addInterviewer(user: ReturnType<typeof renderWithKit>['user'], search: string, name: string) {
  const field = screen.getByRole('combobox', { name: 'Interviewers' });
  await user.type(field, search);
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${escape(name)}`) }));
  await user.keyboard('{Escape}');
}

/** A live interview as a server might answer it, links as given (parsing decides what survives). */
function interviewBody(links: { candidateUrl: string; interviewerUrl: string | null }) {
  return buildAssessment({
    id: 'live-from-server',
    candidateId,
    providerId: 'skillforge',
    kind: 'live_interview',
    testId: 'pad-1',
    testTitle: 'Ben Okafor · Senior Frontend Engineer',
    interview: { scheduledAt: null, playbackUrl: null, ...links },
    history: [{ status: 'sent', at: '2026-11-02T09:00:00.000Z', note: 'Scheduled by Dana Ruiz' }],
  });
}

describe('ScheduleLiveInterviewDialog', () => {
  it('offers only connected providers with live interviews, picks the only one and suggests a title from candidate and job', async () => {
    renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findForm();
    expect(within(dialog).getByRole('region', { name: 'Candidate' })).toHaveTextContent('Ben Okafor');
    const providers = within(dialog).getByRole('group', { name: 'Live interview provider' });
    // CodeInterview is not connected; DevScreen has no live interviews.
    expect(within(providers).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['skillforge']);
    expect(within(providers).getByRole('radio', { name: /SkillForge/ })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Ben Okafor · Senior Frontend Engineer');
    const when = within(dialog).getByRole('group', { name: 'Date and time (optional)' });
    expect(within(when).getByRole('textbox', { name: 'Date' })).toHaveAccessibleDescription(/^In your time zone \(.+\)\. Leave it empty/);
    // The time follows the date.
    expect(within(when).getByRole('combobox', { name: 'Time' })).toBeDisabled();
  });

  it('creates once under a double click, shows both links whole, and sends the candidate’s link through the backend', async () => {
    const onCreated = vi.fn();
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen onCreated={onCreated} />, {
      provider: { onAnnounce },
    });
    const dialog = await findForm();
    await addInterviewer(user, 'chlo', 'Chloé Dubois');
    await chooseOption(user, within(dialog).getByLabelText('Scorecard'), 'Pairing session debrief');
    await user.type(within(dialog).getByRole('textbox', { name: 'Date' }), '5/11/2026');
    await chooseOption(user, within(dialog).getByRole('combobox', { name: 'Time' }), '15:30');
    // The form reads as the success screen will: the kit's one date format.
    expect(within(dialog).getByRole('textbox', { name: 'Date' })).toHaveValue('5 Nov 2026');
    expect(within(dialog).getByRole('combobox', { name: 'Time' })).toHaveTextContent('15:30');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Create interview' }));

    const created = await within(dialog).findByRole('heading', { name: 'Interview created' });
    await waitFor(() => expect(created).toHaveFocus());
    expect(within(dialog).getByText(/5 Nov 2026, 15:30/)).toBeInTheDocument();
    expect(creates()).toHaveLength(1);
    const body = JSON.parse(await creates()[0]!.body) as Record<string, unknown>;
    // The time the user typed, in their own time zone.
    expect(body).toEqual({
      candidateId,
      providerId: 'skillforge',
      title: 'Ben Okafor · Senior Frontend Engineer',
      interviewerIds: ['rev-7'],
      scorecard: { kind: 'template', templateId: 'tpl-pairing-debrief' },
      scheduledAt: new Date('2026-11-05T15:30').toISOString(),
    });
    expect(onCreated).toHaveBeenCalledTimes(1);
    expect(onAnnounce).toHaveBeenCalledWith('Live interview created for Ben Okafor.', 'polite');

    const interview = onCreated.mock.calls[0]![0] as Assessment;
    const links = within(dialog).getByRole('group', { name: 'Links' });
    expect(within(links).getByRole('textbox', { name: 'Candidate’s link' })).toHaveValue(interview.interview!.candidateUrl);
    expect(within(links).getByRole('textbox', { name: 'Interviewers’ link' })).toHaveValue(interview.interview!.interviewerUrl);
    expect(within(links).getByRole('button', { name: 'Copy: Candidate’s link' })).toBeInTheDocument();
    expect(within(links).getByText('Not sent to the candidate yet.')).toBeInTheDocument();

    await user.dblClick(within(links).getByRole('button', { name: 'Send link to candidate: Ben Okafor' }));
    expect(await within(links).findByText('Sent to the candidate on 2 Nov.')).toBeInTheDocument();
    expect(requests.seen.filter((r) => r.path.endsWith('/send-link'))).toHaveLength(1);
    expect(onAnnounce).toHaveBeenCalledWith('Interview link sent to Ben Okafor.', 'polite');
    expect(within(links).getByRole('button', { name: 'Send link again: Ben Okafor' })).toBeInTheDocument();
    expect(mockServer.mock.allAssessments().find((a) => a.id === interview.id)?.sentBy).toBe('Dana Ruiz');
  });

  it('keeps the input after a failure and retries with the same Idempotency-Key', async () => {
    mockServer.faults.failNext({ status: 503, route: 'createLiveInterview' });
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findForm();
    await addInterviewer(user, 'maya', 'Maya Goldberg');
    await user.click(within(dialog).getByRole('button', { name: 'Create interview' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The interview wasn’t created');
    expect(alert).toHaveTextContent('Something went wrong on our side');
    expect(within(dialog).getByRole('list', { name: 'Chosen interviewers' })).toHaveTextContent('Maya Goldberg');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(dialog).findByRole('heading', { name: 'Interview created' });
    expect(creates()).toHaveLength(2);
    expect(creates()[1]!.key).toBe(creates()[0]!.key);
    expect(mockServer.mock.allAssessments().filter((a) => a.candidateId === candidateId)).toHaveLength(1);
  });

  it('stays open while creating (Escape says so), puts focus on Try again after a failure, and opens fresh next time', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    mswServer.use(
      http.post(
        `${API_BASE_URL}/live-interviews`,
        async () => {
          await held;
          return HttpResponse.json({ error: { code: 'server', message: 'Service unavailable' } }, { status: 503 });
        },
        { once: true },
      ),
    );
    const onAnnounce = vi.fn();
    const { user, rerender } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} open />, { provider: { onAnnounce } });
    let dialog = await findForm();
    await addInterviewer(user, 'maya', 'Maya Goldberg');
    await user.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    await waitFor(() => expect(creates()).toHaveLength(1));
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Schedule live interview' })).toBeInTheDocument();
    // Said as it started, and once for the held Escapes.
    expect(onAnnounce.mock.calls.filter(([message]) => message === 'Creating…')).toEqual([
      ['Creating…', 'polite'],
      ['Creating…', 'polite'],
    ]);

    release();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The interview wasn’t created');
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Try again' })).toHaveFocus());

    // The host closes it; the next opening shows nothing of this one.
    rerender(<ScheduleLiveInterviewDialog candidateId={candidateId} open={false} />);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    rerender(<ScheduleLiveInterviewDialog candidateId={candidateId} open />);
    dialog = await findForm();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: 'Chosen interviewers' })).not.toBeInTheDocument();
  });

  it('closes at once by × when nothing was changed', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen onOpenChange={onOpenChange} />);
    const dialog = await findForm();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('asks before a stray Escape drops the interviewers chosen; Keep editing keeps them', async () => {
    const onOpenChange = vi.fn();
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen onOpenChange={onOpenChange} />);
    const dialog = await findForm();
    await addInterviewer(user, 'maya', 'Maya Goldberg');
    await user.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard this interview?' });
    expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('list', { name: 'Chosen interviewers' })).toHaveTextContent('Maya Goldberg');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(creates()).toHaveLength(0);
  });

  it('says what to fix on each field, and sends nothing', async () => {
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findForm();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Date' }), '30/10/2026');
    await chooseOption(user, within(dialog).getByRole('combobox', { name: 'Time' }), '09:00');
    await user.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    expect(await within(dialog).findByText('Enter a title.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one interviewer.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose a time in the future.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveFocus();
    expect(creates()).toHaveLength(0);
  });

  it('shows a link only when it is http(s): a javascript: candidate link is dropped, and cannot be sent', async () => {
    mswServer.use(
      http.post(`${API_BASE_URL}/live-interviews`, () =>
        HttpResponse.json(interviewBody({ candidateUrl: 'javascript:alert(1)', interviewerUrl: 'https://rooms.example.com/pad-1/host' }), { status: 201 }),
      ),
    );
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findForm();
    await addInterviewer(user, 'maya', 'Maya Goldberg');
    await user.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    const links = await within(dialog).findByRole('group', { name: 'Links' });
    expect(within(links).getByText(/The vendor gave no link we can show/)).toBeInTheDocument();
    expect(within(links).getAllByRole('textbox').map((box) => (box as HTMLTextAreaElement).value)).toEqual(['https://rooms.example.com/pad-1/host']);
    expect(within(links).queryByRole('button', { name: /Send link/ })).not.toBeInTheDocument();
    expect(dialog.innerHTML).not.toContain('javascript:');
  });

  it('with no connected provider that has live interviews, says so and why, and offers setup', async () => {
    const onRequestSetup = vi.fn();
    const { user } = renderWithKit(<ScheduleLiveInterviewDialog candidateId={candidateId} defaultOpen onRequestSetup={onRequestSetup} />, {
      seed: { integrationStates: { skillforge: 'not_connected', devscreen: 'connected' } },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Schedule live interview' });
    expect(await within(dialog).findByRole('heading', { name: 'No provider for live interviews is connected' })).toBeInTheDocument();
    expect(within(dialog).getByText('DevScreen can send tests, but has no live interviews.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Create interview' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Set up an integration' }));
    expect(onRequestSetup).toHaveBeenCalledTimes(1);
    // No provider is concerned (none has live interviews): the host gets no id, never the click event.
    expect(onRequestSetup).toHaveBeenCalledWith(undefined);
  });
});

describe('useScheduleLiveInterviewForm: a host’s own form', () => {
  function HostScheduleForm() {
    const flow = useScheduleLiveInterviewForm({ candidateId, text: { liveInterview: { interviewers: { required: 'Add someone to interview.' } } } });
    if (!flow.ready) return <p>Loading the host form</p>;
    const { title, interviewerIds } = flow.fields;
    return (
      <form aria-label="Host schedule" noValidate onSubmit={(event) => void flow.submit(event)}>
        <label>
          Subject
          <input name={title.name} value={title.value} onChange={(event) => title.onChange(event.target.value)} onBlur={title.onBlur} />
        </label>
        <p>{title.error}</p>
        <p>{interviewerIds.error}</p>
        <button type="submit">Schedule it</button>
      </form>
    );
  }

  it('starts the host’s title from the candidate and job, and says what to fix in the kit’s words under the hook’s overrides', async () => {
    const { user } = renderWithKit(<HostScheduleForm />);
    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    expect(subject).toHaveValue('Ben Okafor · Senior Frontend Engineer');
    await user.clear(subject);
    await user.click(screen.getByRole('button', { name: 'Schedule it' }));
    expect(await screen.findByText('Add someone to interview.')).toBeInTheDocument();
    expect(screen.getByText('Enter a title.')).toBeInTheDocument();
    expect(creates()).toHaveLength(0);
  });
});

describe('Live interviews in CandidateAssessments', () => {
  // Each item is one summary line; its links, playback and buttons are in the details it opens.
  const articleFor = async (name: string) => openCard(await screen.findByRole('article', { name }));
  const statusOf = (article: HTMLElement) => within(article).getByText(/^Status: /).textContent;

  it('lists interviews among the tests, newest first, each in an interview’s words, with links while it can happen and playback once ended', async () => {
    renderWithKit(<CandidateAssessments candidateId={live.candidate} />);
    const list = await screen.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
    const titles = within(list).getAllByRole('article').map((article) => document.getElementById(article.getAttribute('aria-labelledby')!)!.textContent);
    // The one under way first, then newest first.
    expect(titles).toEqual([
      'Live debugging session',
      'Sam Rivera · Senior Frontend Engineer',
      'Pairing: build a date picker',
      'Frontend pairing interview',
      'Senior Frontend (React) — Take-home',
      'System design conversation',
      'Accessibility deep dive',
    ]);
    const scheduled = await articleFor('Sam Rivera · Senior Frontend Engineer');
    expect(statusOf(scheduled)).toMatch(/^Status: Scheduled, 4 Nov 2026, \d\d:\d\d$/);
    expect(within(scheduled).getByText('SkillForge')).toBeInTheDocument();
    expect((within(scheduled).getByRole('textbox', { name: 'Interviewers’ link' }) as HTMLTextAreaElement).value).toMatch(/^https:\/\//);
    expect(within(scheduled).getByRole('button', { name: 'Cancel Sam Rivera · Senior Frontend Engineer' })).toBeInTheDocument();

    const shared = await articleFor('Pairing: build a date picker');
    expect(within(shared).getByRole('textbox', { name: 'Interview link' })).toHaveAccessibleDescription('The candidate and the interviewers join with this same link.');
    expect(within(shared).getByText('Sent to the candidate on 1 Nov.')).toBeInTheDocument();

    expect(statusOf(await articleFor('Live debugging session'))).toBe('Status: In progress, Started 1 hour ago');
    const ended = await articleFor('Frontend pairing interview');
    expect(statusOf(ended)).toBe('Status: Ended, 1 Nov');
    expect(within(ended).getByRole('link', { name: 'Watch the playback of Frontend pairing interview (opens in a new tab)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/app\.codeinterview\.io\/playback\//),
    );
    expect(within(ended).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(await articleFor('System design conversation')).getByText('No playback link from the vendor.')).toBeInTheDocument();
    expect(statusOf(await articleFor('Accessibility deep dive'))).toMatch(/^Status: Cancelled/);
    expect(statusOf(await articleFor('Senior Frontend (React) — Take-home'))).toMatch(/^Status: Completed/);
  });

  it('puts Join on the summary line of an interview under way or starting within 15 minutes, and nowhere else', async () => {
    const scheduledTitle = 'Sam Rivera · Senior Frontend Engineer';
    const scheduledAt = mockServer.mock.allAssessments().find((item) => item.testTitle === scheduledTitle)!.interview!.scheduledAt!;
    const joinOf = (article: HTMLElement) => within(article).queryByRole('link', { name: /^Join / });

    // The mock's "now" is two days before that interview: only the one under way can be joined.
    const first = renderWithKit(<CandidateAssessments candidateId={live.candidate} />);
    const underWay = await screen.findByRole('article', { name: 'Live debugging session' });
    expect(summaryButton(underWay)).toHaveAttribute('aria-expanded', 'false');
    expect(joinOf(underWay)).toHaveAccessibleName('Join Live debugging session (opens in a new tab)');
    expect(joinOf(underWay)).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(joinOf(screen.getByRole('article', { name: scheduledTitle }))).toBeNull();
    first.unmount();

    // Ten minutes before it starts, it can be joined from the list too.
    renderWithKit(<CandidateAssessments candidateId={live.candidate} />, { provider: { now: () => new Date(Date.parse(scheduledAt) - 10 * 60_000) } });
    const soon = await screen.findByRole('article', { name: scheduledTitle });
    expect(joinOf(soon)).toHaveAccessibleName(`Join ${scheduledTitle} (opens in a new tab)`);
  });

  it('follows the pad live: started, then ended with its playback link, each change said once', async () => {
    const onAnnounce = vi.fn();
    renderWithKit(<CandidateAssessments candidateId={live.candidate} />, { provider: { onAnnounce, pollIntervalMs: 50 } });
    const article = await articleFor('Sam Rivera · Senior Frontend Engineer');

    mockServer.mock.simulator.start(live.scheduled);
    await waitFor(() => expect(statusOf(article)).toMatch(/^Status: In progress/));
    expect(onAnnounce).toHaveBeenCalledWith('Sam Rivera · Senior Frontend Engineer: In progress', 'polite');

    mockServer.mock.simulator.end(live.scheduled);
    await waitFor(() => expect(statusOf(article)).toBe('Status: Ended, 2 Nov'));
    expect(onAnnounce).toHaveBeenCalledWith('Sam Rivera · Senior Frontend Engineer: Ended', 'polite');
    expect(within(article).getByRole('link', { name: /^Watch the playback/ })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/rooms\.skillforge\.example\.com\/replays\//));
    expect(within(article).queryByRole('button', { name: /Send link/ })).not.toBeInTheDocument();
    expect(onAnnounce.mock.calls.filter(([message]) => String(message).endsWith(': Ended'))).toHaveLength(1);
  });

  it('opens the interviewers’ feedback when the pad ends: an interviewer fills the scorecard in', async () => {
    const { user } = renderWithKit(<CandidateAssessments candidateId={live.candidate} />, {
      provider: { pollIntervalMs: 50 },
      seed: { currentUserId: 'rev-7' },
    });
    const article = await articleFor('Sam Rivera · Senior Frontend Engineer');
    expect(within(article).queryByRole('button', { name: /^Open feedback/ })).not.toBeInTheDocument();

    mockServer.mock.simulator.end(live.scheduled);
    const open = await within(article).findByRole('button', { name: 'Open feedback on Sam Rivera · Senior Frontend Engineer' });
    expect(within(article).getByText('0 of 2 submitted')).toBeInTheDocument();
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Feedback: Sam Rivera · Senior Frontend Engineer' });
    // The scorecard chosen for the interview, open for this interviewer.
    expect(await within(dialog).findByText('Collaboration')).toBeInTheDocument();
    expect(within(dialog).getByText('Would pair with them again?')).toBeInTheDocument();
    // An interview has no vendor score to wait for; its playback stands where a test's report would.
    const result = within(dialog).getByRole('region', { name: 'Result' });
    expect(within(result).queryByText('Score pending')).not.toBeInTheDocument();
    expect(within(result).queryByText('Score')).not.toBeInTheDocument();
    expect(within(result).getByRole('link', { name: 'Watch the playback of Sam Rivera · Senior Frontend Engineer (opens in a new tab)' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/rooms\.skillforge\.example\.com\/replays\//),
    );
  });

  it('schedules from the list: the new interview joins the newest, after the one under way, and the list does not say it twice', async () => {
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<CandidateAssessments candidateId={live.candidate} />, { provider: { onAnnounce } });
    await screen.findByRole('list', { name: 'Assessments, those needing action first, then newest' });
    await user.click(screen.getByRole('button', { name: 'Schedule live interview' }));
    const dialog = await findForm();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Second pairing round');
    await addInterviewer(user, 'grace', 'Grace Owusu');
    await user.click(within(dialog).getByRole('button', { name: 'Create interview' }));
    await within(dialog).findByRole('heading', { name: 'Interview created' });
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Newest first, after the interview under way.
    const first = within(screen.getByRole('list', { name: 'Assessments, those needing action first, then newest' })).getAllByRole('article')[1]!;
    expect(first).toHaveAccessibleName('Second pairing round');
    expect(statusOf(first)).toBe('Status: Scheduled, No set time');
    expect(screen.getByRole('button', { name: 'Schedule live interview' })).toHaveFocus();
    expect(onAnnounce.mock.calls.map(([message]) => message)).not.toContain('New assessment, Second pairing round: Scheduled');
  });

  it('sums an interview up in a pipeline row in its own words, with no score to wait for', () => {
    const ended = mockServer.mock.allAssessments().find((a) => a.id === live.ended)!;
    renderWithKit(<AssessmentSummary assessments={[ended]} />);
    expect(screen.getByText(/^Status: /)).toHaveTextContent('Status: Ended, 1 Nov');
    expect(screen.queryByText('Score pending')).not.toBeInTheDocument();
  });

  it('has no Schedule button when no provider offers live interviews', async () => {
    mswServer.use(
      http.get(`${API_BASE_URL}/providers`, async () => {
        const providers = await mockServer.mock.backend.listProviders();
        return HttpResponse.json({ providers: providers.map((p) => ({ ...p, capabilities: { liveInterviews: false } })) });
      }),
    );
    renderWithKit(<CandidateAssessments candidateId={mockIds.candidateWithActiveAssessment} />);
    // The card names its provider once the providers are known: the same render that decides the Schedule button.
    const card = await openCard(await screen.findByRole('article'));
    await within(card).findByText(/^SkillForge · /);
    expect(screen.getByRole('button', { name: 'Send Assessment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Schedule live interview' })).not.toBeInTheDocument();
  });

});
