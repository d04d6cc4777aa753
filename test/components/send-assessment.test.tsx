import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendAssessmentDialog, useSendAssessmentForm, type SendAssessmentDialogProps } from '../../src/components/send-assessment';
import { useCandidateAssessments } from '../../src/data/hooks/use-assessments';
import type { Assessment } from '../../src/domain';
import { mockIds } from '../../src/mock';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';
import { chooseOption } from '../support/choose-option';

/** Whole user flows through the HTTP adapter: several seconds on a loaded 2-core machine. */
const userFlow = { timeout: 20_000 };

/** Every send that reached the network, with its body and Idempotency-Key, recorded where MSW sees it. */
function recordSends() {
  const seen: Array<{ key: string | null; body: Promise<Record<string, unknown>> }> = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method !== 'POST' || new URL(request.url).pathname !== '/api/assessments') return;
    seen.push({ key: request.headers.get('Idempotency-Key'), body: request.clone().json() as Promise<Record<string, unknown>> });
  };
  mswServer.events.on('request:start', listener);
  return { seen, stop: () => mswServer.events.removeListener('request:start', listener) };
}

let sends: ReturnType<typeof recordSends>;
beforeEach(() => {
  sends = recordSends();
});
afterEach(() => sends.stop());

const candidateId = mockIds.candidateWithNoAssessments;

/** A profile page: the candidate's assessments, and a button that (re)opens the dialog. */
function Profile({ startOpen = true, ...props }: Partial<SendAssessmentDialogProps> & { startOpen?: boolean }) {
  const [open, setOpen] = useState(startOpen);
  const assessments = useCandidateAssessments(props.candidateId ?? candidateId);
  return (
    <>
      <ul aria-label="Assessments">
        {assessments.data?.map((a) => (
          <li key={a.id}>
            {a.testTitle}: {a.status}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setOpen(true)}>
        Open send
      </button>
      <SendAssessmentDialog candidateId={candidateId} open={open} onOpenChange={setOpen} {...props} />
    </>
  );
}

async function findDialog() {
  const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
  await within(dialog).findByRole('combobox', { name: 'Test' });
  return dialog;
}

async function chooseTest(user: ReturnType<typeof renderWithKit>['user'], title: string | RegExp) {
  const field = screen.getByRole('combobox', { name: 'Test' });
  await user.click(field);
  await user.click(await screen.findByRole('option', { name: title instanceof RegExp ? title : new RegExp(`^${escape(title)}`) }));
}

async function addReviewer(user: ReturnType<typeof renderWithKit>['user'], search: string, name: string) {
  const field = screen.getByRole('combobox', { name: 'Reviewers' });
  await user.clear(field);
  await user.type(field, search);
  await user.click(await screen.findByRole('option', { name: new RegExp(`^${escape(name)}`) }));
  await user.keyboard('{Escape}');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sendButton = () => screen.getByRole('button', { name: 'Send assessment' });
const chips = () =>
  within(screen.getByRole('list', { name: 'Chosen reviewers' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

async function fillAdHoc(user: ReturnType<typeof renderWithKit>['user']) {
  await chooseTest(user, 'Backend (Go) — Take-home');
  await addReviewer(user, 'maya', 'Maya Goldberg');
}

describe('SendAssessmentDialog: ad hoc', userFlow, () => {
  it('opens for the candidate, offers only connected providers and picks the only one', async () => {
    renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findDialog();
    const candidate = within(dialog).getByRole('region', { name: 'Candidate' });
    expect(candidate).toHaveTextContent('Ben Okafor');
    expect(candidate).toHaveTextContent('ben.okafor@mail.example.com');

    const providers = within(dialog).getByRole('group', { name: 'Assessment provider' });
    expect(within(providers).getByRole('radio', { name: /SkillForge/ })).toBeChecked();
    // Needs attention: listed with why, but it can't be chosen. Not connected: not offered at all.
    const devScreen = within(providers).getByRole('radio', { name: /DevScreen/ });
    expect(devScreen).toBeDisabled();
    expect(devScreen).toHaveAccessibleDescription(/The API key was revoked in DevScreen/);
    expect(within(providers).queryByRole('radio', { name: /CodeInterview/ })).not.toBeInTheDocument();

    const expiry = within(dialog).getByLabelText('Link expires on');
    expect(expiry).toHaveValue('9 Nov 2026');
    expect(expiry).toHaveAccessibleDescription('SkillForge links stay open 7 days unless you choose, 14 days at most.');
  });

  it('opened from its trigger, asks for the first page of tests and of reviewers once each, and lists them', async () => {
    const gets: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (request.method === 'GET') gets.push(`${url.pathname}${url.search}`);
    };
    mswServer.events.on('request:start', listener);
    try {
      const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} trigger={<button type="button">Send</button>} />);
      // The providers and their integrations load with the page, so the dialog knows which tests to ask for first.
      await waitFor(() => expect(gets.some((path) => path.includes('/integration'))).toBe(true));
      await user.click(screen.getByRole('button', { name: 'Send' }));
      await findDialog();
      await chooseTest(user, 'Backend (Go) — Take-home');
      await user.click(screen.getByRole('combobox', { name: 'Reviewers' }));
      await screen.findByRole('option', { name: /^Maya Goldberg/ });
      expect(gets.filter((path) => /\/tests\b/.test(path))).toEqual(['/api/providers/skillforge/tests?limit=25']);
      expect(gets.filter((path) => /\/reviewers\b/.test(path))).toEqual(['/api/reviewers?limit=25']);
    } finally {
      mswServer.events.removeListener('request:start', listener);
    }
  });

  it('sends once, announces it, hands the assessment over, refreshes the candidate’s list and closes', async () => {
    const onSent = vi.fn();
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<Profile onSent={onSent} startOpen={false} />, { provider: { onAnnounce } });
    await user.click(screen.getByRole('button', { name: 'Open send' }));
    await findDialog();
    await fillAdHoc(user);
    await user.type(screen.getByLabelText('Message to the candidate (optional)'), 'Take your time.');
    await user.click(sendButton());

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    const sent = onSent.mock.calls[0]![0] as Assessment;
    expect(sent).toMatchObject({ candidateId, providerId: 'skillforge', testId: 'sf-test-2', status: 'sent' });
    expect(sent.reviewers.map((r) => r.name)).toEqual(['Maya Goldberg']);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onAnnounce).toHaveBeenCalledWith('Assessment sent to Ben Okafor: Backend (Go) — Take-home.', 'polite');
    expect(sends.seen).toHaveLength(1);
    expect(await sends.seen[0]!.body).toEqual({
      candidateId,
      providerId: 'skillforge',
      testId: 'sf-test-2',
      reviewerIds: ['rev-1'],
      scorecard: null,
      activityId: null,
      expiresAt: null,
      message: 'Take your time.',
    });
    expect(mockServer.mock.allAssessments().filter((a) => a.candidateId === candidateId)).toHaveLength(1);
    const list = screen.getByRole('list', { name: 'Assessments' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Backend (Go) — Take-home: sent']));
    expect(screen.getByRole('button', { name: 'Open send' })).toHaveFocus();
  });
});

describe('SendAssessmentDialog: validation', userFlow, () => {
  it('says what is missing on each field, focuses the first, and sends nothing', async () => {
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findDialog();
    await user.click(sendButton());
    expect(await within(dialog).findByText('Choose a test.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one reviewer.')).toBeInTheDocument();
    const test = within(dialog).getByRole('combobox', { name: 'Test' });
    expect(test).toHaveAttribute('aria-invalid', 'true');
    expect(test).toHaveAccessibleDescription('Choose a test.');
    expect(test).toHaveFocus();
    expect(sends.seen).toHaveLength(0);
  });
});

describe('SendAssessmentDialog: from a plan activity', userFlow, () => {
  it('pre-fills test, reviewers and scorecard from the activity, lets the recruiter change them, and sends that activity', async () => {
    const onSent = vi.fn();
    const { user } = renderWithKit(
      <SendAssessmentDialog
        candidateId={mockIds.candidateWithPendingActivity}
        activityId={mockIds.planActivity}
        defaultOpen
        onSent={onSent}
      />,
      { seed: { integrationStates: { codeinterview: 'connected' } } },
    );
    const dialog = await findDialog();
    expect(within(dialog).getByText('The “Technical Assessment” stage set this up. Check it, change anything, then send.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /CodeInterview/ })).toBeChecked();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Senior Frontend (React) — Take-home'));
    expect(chips()).toEqual(['Maya Goldberg', 'Tomás Herrera']);
    expect(within(dialog).getByRole('combobox', { name: 'Scorecard' })).toHaveTextContent('Frontend take-home review');
    expect(within(dialog).getByRole('region', { name: 'What reviewers answer (6 questions)' })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Remove Tomás Herrera' }));
    await chooseTest(user, 'Frontend (Vue) — Take-home');
    await chooseOption(user, within(dialog).getByLabelText('Scorecard'), 'No scorecard');
    expect(within(dialog).getByLabelText('Scorecard')).toHaveAccessibleDescription(/fill in no form/);
    await user.click(sendButton());

    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(await sends.seen[0]!.body).toMatchObject({
      candidateId: mockIds.candidateWithPendingActivity,
      providerId: 'codeinterview',
      testId: 'ci-test-5',
      reviewerIds: ['rev-1'],
      scorecard: null,
      activityId: mockIds.planActivity,
    });
    // The plan's assessment was sent; no second one was made.
    const theirs = mockServer.mock.allAssessments().filter((a) => a.candidateId === mockIds.candidateWithPendingActivity);
    expect(theirs.map((a) => [a.activityId, a.status, a.testTitle])).toEqual([[mockIds.planActivity, 'sent', 'Frontend (Vue) — Take-home']]);
  });

  it('names people a host pre-fills by id, looking up those on no loaded page', async () => {
    renderWithKit(
      <SendAssessmentDialog candidateId={candidateId} defaultOpen defaultValues={{ reviewerIds: ['rev-1999', 'rev-2'] }} />,
      { seed: { catalogue: 'large' } },
    );
    await findDialog();
    await waitFor(() => expect(chips()).toEqual(['Mateo Rossi', 'Tomás Herrera']));
  });

  it('says when the activity was already sent, and offers no Send', async () => {
    renderWithKit(<SendAssessmentDialog candidateId={mockIds.candidateWithPendingActivity} activityId="act-gone" defaultOpen />, {
      seed: { integrationStates: { codeinterview: 'connected' } },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    expect(await within(dialog).findByText(/This plan activity was already sent or no longer exists/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Send assessment' })).not.toBeInTheDocument();
  });
});

describe('SendAssessmentDialog: providers', userFlow, () => {
  it('with none connected, says so and hands setup to the host', async () => {
    const onRequestSetup = vi.fn();
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen onRequestSetup={onRequestSetup} />, {
      seed: { integrationStates: { skillforge: 'not_connected' } },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    expect(await within(dialog).findByRole('heading', { name: 'No assessment provider is connected' })).toBeInTheDocument();
    expect(within(dialog).getByRole('listitem')).toHaveTextContent('DevScreen: The API key was revoked in DevScreen.');
    await user.click(within(dialog).getByRole('button', { name: 'Set up an integration' }));
    expect(onRequestSetup).toHaveBeenCalledTimes(1);
    // The one provider concerned, so the host can open its settings directly.
    expect(onRequestSetup).toHaveBeenCalledWith('devscreen');
  });

  it('tells a user who may not set one up to ask an admin', async () => {
    renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen onRequestSetup={() => undefined} />, {
      seed: { canManageIntegrations: false, integrationStates: { skillforge: 'not_connected', devscreen: 'not_connected' } },
    });
    const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
    expect(await within(dialog).findByText(/Ask an admin to connect one under Settings > Integrations\./)).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Set up an integration' })).not.toBeInTheDocument();
  });
});

describe('SendAssessmentDialog: sends exactly once', userFlow, () => {
  it('sends one POST under a double click', async () => {
    const { user, mockServer: server } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    await findDialog();
    await fillAdHoc(user);
    server.setLatency(200);
    await user.dblClick(sendButton());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sends.seen).toHaveLength(1);
    expect(server.mock.allAssessments().filter((a) => a.candidateId === candidateId)).toHaveLength(1);
  });

  it('sends one POST under Enter twice', async () => {
    const { user, mockServer: server } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    await findDialog();
    await fillAdHoc(user);
    server.setLatency(200);
    sendButton().focus();
    await user.keyboard('{Enter}{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sends.seen).toHaveLength(1);
  });

  it('retries a send that timed out with the same Idempotency-Key, and makes one assessment', async () => {
    // The gateway gave up (504) after the server had already sent it: only the same key keeps the retry safe.
    let first = true;
    mswServer.use(
      http.post(`${API_BASE_URL}/assessments`, async ({ request }) => {
        if (!first) return undefined;
        first = false;
        const body = (await request.clone().json()) as Parameters<typeof mockServer.mock.backend.sendAssessment>[0];
        await mockServer.mock.backend.sendAssessment(body, { idempotencyKey: request.headers.get('Idempotency-Key')! });
        return HttpResponse.json({ error: { code: 'server', message: 'Gateway timeout' } }, { status: 504 });
      }),
    );
    const onSent = vi.fn();
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen onSent={onSent} />);
    const dialog = await findDialog();
    await fillAdHoc(user);
    await user.click(sendButton());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The assessment wasn’t sent');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(sends.seen).toHaveLength(2);
    expect(sends.seen[1]!.key).toBe(sends.seen[0]!.key);
    expect(mockServer.mock.allAssessments().filter((a) => a.candidateId === candidateId)).toHaveLength(1);
  });

  it('keeps everything entered after a 500, and sends a changed form with a new key', async () => {
    mockServer.faults.failNext({ status: 500, route: 'sendAssessment' });
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findDialog();
    await fillAdHoc(user);
    await user.type(screen.getByLabelText('Message to the candidate (optional)'), 'Hello');
    await user.click(sendButton());
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Something went wrong on our side');
    expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Backend (Go) — Take-home');
    expect(chips()).toEqual(['Maya Goldberg']);
    expect(screen.getByLabelText('Message to the candidate (optional)')).toHaveValue('Hello');
    expect(within(dialog).getByRole('radio', { name: /SkillForge/ })).toBeChecked();

    await user.type(screen.getByLabelText('Message to the candidate (optional)'), ', Ben');
    await user.click(sendButton());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sends.seen).toHaveLength(2);
    expect(sends.seen[1]!.key).not.toBe(sends.seen[0]!.key);
  });
});

describe('SendAssessmentDialog: while it sends, and after', userFlow, () => {
  it('stays open while sending (Escape says so, Cancel is held), shows a 503 with focus on Try again, and retries once', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    mswServer.use(
      http.post(
        `${API_BASE_URL}/assessments`,
        async () => {
          await held;
          return HttpResponse.json({ error: { code: 'server', message: 'Service unavailable' } }, { status: 503 });
        },
        { once: true },
      ),
    );
    const onSent = vi.fn();
    const onAnnounce = vi.fn();
    const { user } = renderWithKit(<Profile onSent={onSent} />, { provider: { onAnnounce } });
    const dialog = await findDialog();
    await fillAdHoc(user);
    await user.click(sendButton());
    await waitFor(() => expect(sends.seen).toHaveLength(1));
    const said = () => onAnnounce.mock.calls.filter(([message]) => message === 'Sending…');
    expect(said()).toEqual([['Sending…', 'polite']]);

    expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    await user.click(cancel);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Send assessment' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // Said as it started, and once more for the held Escapes.
    expect(said()).toHaveLength(2);

    release();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The assessment wasn’t sent');
    expect(alert).toHaveTextContent('Something went wrong on our side');
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Try again' })).toHaveFocus());
    expect(onSent).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sends.seen).toHaveLength(2);
    expect(sends.seen[1]!.key).toBe(sends.seen[0]!.key);
    expect(onAnnounce).toHaveBeenCalledWith('Assessment sent to Ben Okafor: Backend (Go) — Take-home.', 'polite');
  });

  it('asks before a stray Escape drops a filled form; Keep editing keeps it, Discard closes', async () => {
    const { user } = renderWithKit(<Profile />);
    const dialog = await findDialog();
    await fillAdHoc(user);
    expect(screen.getByRole('combobox', { name: 'Reviewers' })).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
    let confirm = await screen.findByRole('alertdialog', { name: 'Discard this assessment?' });
    expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Backend (Go) — Take-home');
    expect(chips()).toEqual(['Maya Goldberg']);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    confirm = await screen.findByRole('alertdialog', { name: 'Discard this assessment?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(sends.seen).toHaveLength(0);
  });

  it('reopens with a fresh form after a failed send was discarded: no stale alert, nothing kept', async () => {
    mockServer.faults.failNext({ status: 503, route: 'sendAssessment' });
    const { user } = renderWithKit(<Profile />);
    let dialog = await findDialog();
    await fillAdHoc(user);
    await user.click(sendButton());
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Open send' }));
    dialog = await findDialog();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('');
    expect(within(dialog).queryByRole('list', { name: 'Chosen reviewers' })).not.toBeInTheDocument();
    // Untouched, it closes at once.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});

describe('SendAssessmentDialog: duplicate guard', userFlow, () => {
  it('warns from the cache before sending anything, and sends a second one only when confirmed', async () => {
    await mockServer.mock.backend.sendAssessment(
      { candidateId, providerId: 'skillforge', testId: 'sf-test-2', reviewerIds: ['rev-3'], scorecard: null },
      { idempotencyKey: 'earlier' },
    );
    const onSent = vi.fn();
    // The profile behind the dialog has loaded the candidate's assessments: the cache knows.
    const { user } = renderWithKit(<Profile onSent={onSent} />);
    await within(screen.getByRole('list', { name: 'Assessments', hidden: true })).findByText(/Backend \(Go\) — Take-home/);
    const dialog = await findDialog();
    await fillAdHoc(user);
    await user.click(sendButton());
    const warning = await within(dialog).findByRole('region', { name: 'Ben Okafor already has this test open' });
    expect(warning).toHaveTextContent('“Backend (Go) — Take-home” was sent 2 Nov');
    expect(within(warning).getByText(/Status: Sent/)).toBeInTheDocument();
    expect(within(warning).getByRole('heading')).toHaveFocus();
    expect(sends.seen).toHaveLength(0);
    // At the top of the body, before the candidate and the form; one primary action in the dialog, the footer's Send.
    expect(warning.compareDocumentPosition(within(dialog).getByRole('region', { name: 'Candidate' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(dialog).getAllByRole('button').filter((button) => button.dataset.variant === 'primary')).toEqual([sendButton()]);

    await user.click(within(warning).getByRole('button', { name: 'Send it again anyway' }));
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(sends.seen).toHaveLength(1);
    expect(await sends.seen[0]!.body).toMatchObject({ testId: 'sf-test-2', allowDuplicate: true });
  });

  it('shows the backend’s duplicate answer the same way, and opens the existing assessment on request', async () => {
    const earlier = await mockServer.mock.backend.sendAssessment(
      { candidateId, providerId: 'skillforge', testId: 'sf-test-2', reviewerIds: ['rev-3'], scorecard: null },
      { idempotencyKey: 'earlier' },
    );
    const onOpenAssessment = vi.fn();
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen onOpenAssessment={onOpenAssessment} />);
    const dialog = await findDialog();
    await fillAdHoc(user);
    await user.click(sendButton());
    const warning = await within(dialog).findByRole('region', { name: 'Ben Okafor already has this test open' });
    expect(sends.seen).toHaveLength(1);
    // Confirming is another intent: its own key.
    const firstKey = sends.seen[0]!.key;
    await user.click(within(warning).getByRole('button', { name: 'Open the existing assessment' }));
    expect(onOpenAssessment).toHaveBeenCalledWith(expect.objectContaining({ id: earlier.id, status: 'sent' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(firstKey).not.toBeNull();
  });

  it('drops the warning when the recruiter picks another test', async () => {
    await mockServer.mock.backend.sendAssessment(
      { candidateId, providerId: 'skillforge', testId: 'sf-test-2', reviewerIds: ['rev-3'], scorecard: null },
      { idempotencyKey: 'earlier' },
    );
    const onSent = vi.fn();
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen onSent={onSent} />);
    const dialog = await findDialog();
    await fillAdHoc(user);
    await user.click(sendButton());
    await within(dialog).findByRole('region', { name: /already has this test open/ });
    await chooseTest(user, 'Backend (Node.js) — Take-home');
    expect(within(dialog).queryByRole('region', { name: /already has this test open/ })).not.toBeInTheDocument();
    await user.click(sendButton());
    await waitFor(() => expect(onSent).toHaveBeenCalledTimes(1));
    expect(sends.seen.map((s) => s.key)).toHaveLength(2);
    expect(sends.seen[1]!.key).not.toBe(sends.seen[0]!.key);
  });
});

describe('SendAssessmentDialog: the backend refuses', userFlow, () => {
  it('puts a refused test on the test field, saying what to do', async () => {
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findDialog();
    await chooseTest(user, 'Backend (Go) — Take-home');
    await addReviewer(user, 'maya', 'Maya Goldberg');
    mockServer.faults.failNext({ status: 422, route: 'sendAssessment', fieldErrors: { testId: 'Archived.' } });
    await user.click(sendButton());
    const test = within(dialog).getByRole('combobox', { name: 'Test' });
    await waitFor(() => expect(test).toHaveAccessibleDescription('This test is no longer available in SkillForge (it may have been archived). Choose another test.'));
    expect(test).toHaveFocus();
  });

  it('explains a provider whose key was revoked since the dialog opened', async () => {
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />, {
      seed: { integrationStates: { codeinterview: 'connected' } },
    });
    const dialog = await findDialog();
    await user.click(within(dialog).getByRole('radio', { name: /SkillForge/ }));
    await fillAdHoc(user);
    mockServer.mock.simulator.revokeKey('skillforge');
    await user.click(sendButton());
    expect(await within(dialog).findByText(/SkillForge can’t send assessments right now/)).toBeInTheDocument();
    // The providers refresh: SkillForge now says why it can't be used.
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: /SkillForge/ })).toBeDisabled());
  });

  it('refuses an expiry in the past or beyond the provider’s maximum, and a message over the limit', async () => {
    const { user } = renderWithKit(<SendAssessmentDialog candidateId={candidateId} defaultOpen />);
    const dialog = await findDialog();
    await fillAdHoc(user);
    const expiry = within(dialog).getByLabelText('Link expires on');
    await user.clear(expiry);
    await user.type(expiry, '2026-11-01');
    await user.click(sendButton());
    expect(await within(dialog).findByText('Choose a date after today.')).toBeInTheDocument();
    await user.clear(expiry);
    await user.type(expiry, '2026-11-17');
    expect(await within(dialog).findByText('SkillForge links can stay open for 14 days at most: choose 16 Nov 2026 or earlier.')).toBeInTheDocument();
    await user.clear(expiry);
    await user.type(expiry, '2026-11-16');
    const message = within(dialog).getByLabelText('Message to the candidate (optional)');
    await user.click(message);
    await user.paste('x'.repeat(1001));
    expect(await within(dialog).findByText('Keep the message to 1,000 characters or fewer.')).toBeInTheDocument();
    expect(sends.seen).toHaveLength(0);
    await user.clear(message);
    await user.click(sendButton());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await sends.seen[0]!.body).expiresAt).toBe(new Date(2026, 10, 16, 23, 59, 59).toISOString());
  });
});

describe('useSendAssessmentForm: a host’s own form', userFlow, () => {
  /** A host drawing its own UI: a radio per provider, a note, its own submit button, the kit's messages. */
  function HostSendForm() {
    const flow = useSendAssessmentForm({ candidateId, text: { sendAssessment: { provider: { required: 'Pick a vendor first.' } } } });
    if (!flow.ready) return <p>Loading the host form</p>;
    const { providerId, testId, message } = flow.fields;
    return (
      <form aria-label="Host send" noValidate onSubmit={(event) => void flow.submit(event)}>
        <fieldset>
          <legend>Vendor</legend>
          {flow.providers.connected.map(({ provider }) => (
            <label key={provider.id}>
              <input type="radio" name={providerId.name} checked={providerId.value === provider.id} onChange={() => providerId.onChange(provider.id)} />
              {provider.name}
            </label>
          ))}
        </fieldset>
        <p>{providerId.error}</p>
        <p>{testId.error}</p>
        <label>
          Note
          <textarea name={message.name} value={message.value} onChange={(event) => message.onChange(event.target.value)} onBlur={message.onBlur} />
        </label>
        <button type="submit">Send it</button>
      </form>
    );
  }

  it('binds the host’s inputs through its fields, in the kit’s words under the provider’s and the hook’s overrides', async () => {
    const { user } = renderWithKit(<HostSendForm />, {
      seed: { integrationStates: { codeinterview: 'connected' } },
      provider: { text: { sendAssessment: { test: { required: 'Choose a test, says the host.' } } } },
    });
    await user.click(await screen.findByRole('button', { name: 'Send it' }));
    expect(await screen.findByText('Pick a vendor first.')).toBeInTheDocument();
    expect(screen.getByText('Choose a test, says the host.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'CodeInterview' }));
    expect(screen.getByRole('radio', { name: 'CodeInterview' })).toBeChecked();
    expect(screen.queryByText('Pick a vendor first.')).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'See you soon');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('See you soon');
    expect(sends.seen).toHaveLength(0);
  });
});
