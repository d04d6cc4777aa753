import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { CandidateAssessments } from '../../src/screens/CandidateAssessments';
import type { StatusChange } from '../../src/domain';
import { buildAssessment, mockIds } from '../../src/mock';
import { heard } from '../integrations/heard';
import { MOCK_API_BASE_URL, mockServer } from '../support/mock-server';

const ids = mockIds.assessmentsOfCandidateWithEveryStatus;

const meta = {
  title: 'Candidates/CandidateAssessments',
  component: CandidateAssessments,
  args: { candidateId: mockIds.candidateWithEveryStatus, onSent: fn(), onRequestSetup: fn() },
  argTypes: { headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5] } },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 860, margin: '0 auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CandidateAssessments>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The kit's QueryClient retries a failing read twice (about three seconds) before an error shows. */
const AFTER_RETRIES = { timeout: 8000 };

async function findList(canvasElement: HTMLElement) {
  return within(canvasElement).findByRole('list', { name: 'Assessments, those needing action first, then newest' });
}

/** The one card whose badge says this status. Dialogs hide the page from assistive technology, hence `hidden`. */
function cardWithStatus(canvasElement: HTMLElement, status: string): HTMLElement {
  const cards = within(canvasElement)
    .getAllByRole('article', { hidden: true })
    .filter((card) => within(card).queryAllByText(new RegExp(`^Status: ${status}(,|$)`)).length > 0);
  if (cards.length !== 1) throw new Error(`expected one card with status ${status}, found ${cards.length}`);
  return cards[0]!;
}

/** A card's summary line: the disclosure button in its heading, where focus lands when the list moves it. */
function summaryButton(card: HTMLElement): HTMLElement {
  return within(within(card).getAllByRole('heading', { hidden: true })[0]!).getByRole('button', { hidden: true });
}

/** Opens a card's details (its summary line is a disclosure button) as a user would, and gives the card back. */
async function openCard(card: HTMLElement): Promise<HTMLElement> {
  const toggle = summaryButton(card);
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  return card;
}

/** Dialogs render in a portal, outside the canvas, and fade in. */
async function findDialog(role: 'dialog' | 'alertdialog', name: string | RegExp) {
  const dialog = await screen.findByRole(role, { name });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

/** Serves the candidate's list as given: a status, or a body, no seed has. */
function serveList(candidateId: string, assessments: () => unknown[]) {
  return http.get(`${MOCK_API_BASE_URL}/candidates/${candidateId}/assessments`, () => HttpResponse.json({ assessments: assessments() }));
}
/** Only this one of the seeded assessments, so a story shows one status alone (actions still reach the mock). */
const onlySeeded = (id: string) =>
  serveList(mockIds.candidateWithEveryStatus, () => mockServer.mock.allAssessments().filter((a) => a.id === id));

const wire = (overrides: Record<string, unknown>) => ({
  ...buildAssessment({
    id: 'asmt-story',
    candidateId: mockIds.candidateWithNoAssessments,
    testTitle: 'Backend (Go) — Take-home',
    status: 'completed',
    sentBy: 'Dana Ruiz',
    sentAt: '2026-10-26T09:00:00Z',
    startedAt: '2026-10-27T14:00:00Z',
    completedAt: '2026-10-27T15:40:00Z',
    expiresAt: '2026-11-02T09:00:00Z',
    history: [
      { status: 'sent', at: '2026-10-26T09:00:00Z', note: 'Sent by Dana Ruiz' },
      { status: 'completed', at: '2026-10-27T15:40:00Z', note: 'Vendor webhook' },
    ],
  }),
  ...overrides,
});

// ------------------------------------------------------------------------------------------------- each status

/** A candidate with one assessment in each status, newest first. */
export const EveryStatus: Story = {
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const cards = within(canvasElement).getAllByRole('article');
    await expect(cards).toHaveLength(7);
    await expect(cards.map((card) => within(card).getByText(/^Status: /).textContent?.split(',')[0])).toEqual([
      'Status: Needs action',
      'Status: In progress',
      'Status: Sent',
      'Status: Cancelled',
      'Status: Completed',
      'Status: Expired',
      'Status: Failed',
    ]);
    for (const card of cards) await expect(within(card).getByRole('heading', { level: 3 })).toBeVisible();
  },
};

/** A plan created it; nobody has sent it: "Needs action", and Send opens the Send dialog pre-filled from the activity. */
export const NeedsAction: Story = {
  args: { candidateId: mockIds.candidateWithPendingActivity },
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Needs action')));
    await expect(within(card).getByText('Needs action')).toBeVisible();
    await expect(await within(card).findByText('CodeInterview · Interview plan: Technical Assessment')).toBeVisible();
    await userEvent.click(within(card).getByRole('button', { name: 'Send Senior Frontend (React) — Take-home' }));
    const dialog = await findDialog('dialog', 'Send assessment');
    await expect(within(dialog).getByText(/The “Technical Assessment” stage set this up/)).toBeVisible();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Senior Frontend (React) — Take-home'));
  },
};

/** Needs action, sent: the assessment turns Sent where it was, and focus goes to it. */
export const NeedsActionSent: Story = {
  ...NeedsAction,
  play: async (context) => {
    await NeedsAction.play!(context);
    const dialog = await findDialog('dialog', 'Send assessment');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send assessment' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const card = cardWithStatus(context.canvasElement, 'Sent');
    await expect(within(card).queryByText('Needs action')).not.toBeInTheDocument();
    await waitFor(() => expect(summaryButton(card)).toHaveFocus());
    await expect(context.args.onSent).toHaveBeenCalledTimes(1);
  },
};

/** Sent and waiting for the candidate: when the link runs out, Resend invitation and Cancel. */
export const Sent: Story = {
  args: { candidateId: mockIds.candidateWithActiveAssessment },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Sent')));
    await expect(within(card).getByText('Expires in 5 days')).toBeVisible();
    await expect(await within(card).findByText('SkillForge · Sent ad hoc · Sent by Dana Ruiz')).toBeVisible();
    await expect(within(card).getByText('Reviewers: Amara Nwosu and Noah Schmidt')).toBeVisible();
    await expect(within(card).getByRole('button', { name: /^Resend invitation/ })).toBeVisible();
    await expect(within(card).getByRole('button', { name: /^Cancel / })).toBeVisible();
  },
};

/** The candidate has started: Cancel only (a new email would not help). */
export const InProgress: Story = {
  beforeEach({ msw }) {
    msw.use(onlySeeded(ids.in_progress));
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'In progress')));
    await expect(within(card).getByText('Started 16 hours ago')).toBeVisible();
    await expect(within(card).queryByRole('button', { name: /^Resend/ })).not.toBeInTheDocument();
    await expect(within(card).getByRole('button', { name: /^Cancel / })).toBeVisible();
  },
};

/** Completed: score as got/total and percentage, time taken, the vendor's report, and who still owes feedback. */
export const Completed: Story = {
  args: { candidateId: mockIds.candidateWithCompletedAssessment },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Completed')));
    await expect(within(card).getByText('64/100 · 64%')).toBeVisible();
    await expect(within(card).getByText('3 h 50 min')).toBeVisible();
    const report = within(card).getByRole('link', { name: /^View report for .* \(opens in a new tab\)$/ });
    await expect(report).toHaveAttribute('target', '_blank');
    await expect(report).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(within(card).getByText('1 of 2 submitted')).toBeVisible();
    await expect(within(card).getByText('Submitted 22 Oct')).toBeVisible();
    await expect(within(card).getByText('Due')).toBeVisible();
  },
};

/** Completed, but the vendor has not reported a score yet. */
export const CompletedScorePending: Story = {
  args: { candidateId: mockIds.candidateWithNoAssessments },
  beforeEach({ msw }) {
    msw.use(serveList(mockIds.candidateWithNoAssessments, () => [wire({ score: null, reportUrl: null })]));
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Completed')));
    await expect(within(card).getByText('Score pending')).toBeVisible();
    await expect(within(card).getByText('The vendor hasn’t shared a report yet.')).toBeVisible();
  },
};

/** The link ran out: when, and Resend, which sends a new invitation and keeps this one. */
export const Expired: Story = {
  beforeEach({ msw }) {
    msw.use(onlySeeded(ids.expired));
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Expired')));
    await expect(within(card).getByText('The link expired on 22 Oct without an attempt.')).toBeVisible();
    await expect(within(card).getByRole('button', { name: /^Resend .* as a new invitation$/ })).toBeVisible();
  },
};

/** Cancelled: nothing to do, the reason is in the history. */
export const Cancelled: Story = {
  beforeEach({ msw }) {
    msw.use(onlySeeded(ids.cancelled));
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Cancelled')));
    // After its summary line, nothing but the history: a cancelled assessment offers no action.
    await expect(within(card).queryAllByRole('button').slice(1).map((b) => b.textContent)).toEqual(['History (2)']);
    await userEvent.click(within(card).getByRole('button', { name: /^History \(2\): / }));
    await expect(within(card).getByText(/^Cancelled by /)).toBeVisible();
  },
};

/** Failed: the cause in words and what to do, and Resend. */
export const Failed: Story = {
  beforeEach({ msw }) {
    msw.use(onlySeeded(ids.failed));
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Failed')));
    await expect(within(card).getByText('Cause: The test was archived in the vendor.')).toBeVisible();
    await expect(within(card).getByText(/Fix the cause .*, then resend/)).toBeVisible();
    await expect(within(card).getByRole('button', { name: /^Resend / })).toBeVisible();
  },
};

/** A status word no mapping knows: a neutral "Unknown" with the word, and no action that assumes a state. */
export const UnknownStatus: Story = {
  args: { candidateId: mockIds.candidateWithNoAssessments },
  beforeEach({ msw }) {
    msw.use(serveList(mockIds.candidateWithNoAssessments, () => [wire({ status: 'paused_by_vendor', vendorStatus: null, score: null })]));
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Unknown')));
    await expect(within(card).getByText('Reported as “paused_by_vendor”')).toBeVisible();
    await expect(within(card).queryByRole('button', { name: /Resend|Cancel|Send/ })).not.toBeInTheDocument();
  },
};

/** `javascript:`, `data:` and malformed report URLs: never a link. */
export const UnsafeReportUrls: Story = {
  args: { candidateId: mockIds.candidateWithNoAssessments },
  beforeEach({ msw }) {
    msw.use(
      serveList(mockIds.candidateWithNoAssessments, () => [
        wire({ id: 'a-js', testTitle: 'Script URL', reportUrl: 'javascript:alert(document.cookie)' }),
        wire({ id: 'a-data', testTitle: 'Data URL', reportUrl: 'data:text/html,<script>alert(1)</script>' }),
        wire({ id: 'a-bad', testTitle: 'Malformed URL', reportUrl: 'https//missing-colon' }),
      ]),
    );
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    await expect(within(canvasElement).getAllByRole('article')).toHaveLength(3);
    for (const card of within(canvasElement).getAllByRole('article')) await openCard(card);
    await expect(within(canvasElement).queryByRole('link')).not.toBeInTheDocument();
    await expect(within(canvasElement).getAllByText('The vendor hasn’t shared a report yet.')).toHaveLength(3);
  },
};

// ------------------------------------------------------------------------------------------------- states

export const Empty: Story = {
  args: { candidateId: mockIds.candidateWithNoAssessments },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No assessments yet')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send Assessment' })).toBeVisible();
  },
};

/** While the list loads: skeleton cards (no shimmer under reduced motion), and screen readers hear it. */
export const Loading: Story = {
  beforeEach() {
    mockServer.setLatency(1_000_000_000);
  },
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveTextContent('Loading assessments…');
    await expect(within(canvasElement).queryByRole('article')).not.toBeInTheDocument();
  },
};

/** The list can't be loaded (after the automatic retries): why, and a retry that works. */
export const LoadError: Story = {
  beforeEach() {
    mockServer.faults.failNext({ status: 503, route: 'listCandidateAssessments', times: 3 });
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, AFTER_RETRIES);
    await expect(alert).toHaveTextContent('The assessments could not be loaded.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findList(canvasElement);
  },
};

/** An assessment resent and reminded many times: the history opens on demand and stays readable. */
export const LongHistory: Story = {
  args: { candidateId: mockIds.candidateWithNoAssessments },
  beforeEach({ msw }) {
    const start = Date.parse('2026-09-01T09:00:00Z');
    const history: StatusChange[] = Array.from({ length: 24 }, (_, index) => ({
      status: 'sent',
      at: new Date(start + index * 2 * 86_400_000).toISOString(),
      note: index === 0 ? 'Sent by Dana Ruiz' : `Resent by ${index % 2 ? 'Marcus Lee' : 'Dana Ruiz'} (reminder ${index})`,
    }));
    history.push({ status: 'in_progress', at: '2026-10-30T10:00:00Z', note: 'Vendor webhook' });
    msw.use(
      serveList(mockIds.candidateWithNoAssessments, () => [
        wire({ status: 'in_progress', completedAt: null, score: null, startedAt: '2026-10-30T10:00:00Z', history }),
      ]),
    );
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const toggle = within(canvasElement).getByRole('button', { name: /^History \(25\): / });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    await expect(within(list).getAllByRole('listitem')).toHaveLength(25);
    await expect(within(list).getByText('Resent by Marcus Lee (reminder 23)')).toBeVisible();
  },
};

// ------------------------------------------------------------------------------------------------- actions

/** Cancel asks first: an alert dialog, focus on the safe button, an optional reason. */
export const CancelConfirm: Story = {
  args: { candidateId: mockIds.candidateWithActiveAssessment },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    await userEvent.click(within((await openCard(cardWithStatus(canvasElement, 'Sent')))).getByRole('button', { name: /^Cancel / }));
    const dialog = await findDialog('alertdialog', /^Cancel .*\?$/);
    await expect(within(dialog).getByRole('button', { name: 'Keep assessment' })).toHaveFocus();
    await expect(within(dialog).getByRole('textbox', { name: 'Reason (optional)' })).toBeVisible();
  },
};

/** Cancelled with a reason: the card says Cancelled, the reason is in the history, and it is announced. */
export const CancelSuccess: Story = {
  ...CancelConfirm,
  play: async (context) => {
    await CancelConfirm.play!(context);
    const dialog = await findDialog('alertdialog', /^Cancel .*\?$/);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'Position filled');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const card = cardWithStatus(context.canvasElement, 'Cancelled');
    await waitFor(() => expect(heard()).toContain('Frontend (Vue) — System design: Cancelled'));
    await userEvent.click(within(card).getByRole('button', { name: /^History/ }));
    await expect(within(card).getByText('Cancelled by Dana Ruiz: Position filled')).toBeVisible();
  },
};

/** The cancel didn't reach the server: the reason is kept, and the same button tries again. */
export const CancelFailure: Story = {
  ...CancelConfirm,
  play: async (context) => {
    await CancelConfirm.play!(context);
    const dialog = await findDialog('alertdialog', /^Cancel .*\?$/);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason (optional)' }), 'Wrong test');
    mockServer.faults.networkErrorNext({ route: 'cancelAssessment' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The assessment was not cancelled.');
    await expect(within(dialog).getByRole('textbox', { name: 'Reason (optional)' })).toHaveValue('Wrong test');
  },
};

/** The candidate finished while the recruiter read the dialog: the backend refuses, the dialog says so, the list shows Completed. */
export const CancelRefused: Story = {
  ...CancelConfirm,
  play: async (context) => {
    await CancelConfirm.play!(context);
    const dialog = await findDialog('alertdialog', /^Cancel .*\?$/);
    mockServer.mock.simulator.complete('asmt-5-a', { got: 34, total: 40 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel assessment' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('alert')).toHaveTextContent('It can no longer be cancelled. Current status: Completed.'),
    );
    await expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await expect(within(cardWithStatus(context.canvasElement, 'Completed')).getByText('34/40 · 85%')).toBeInTheDocument();
  },
};

/** Resend invitation: a new email for the same assessment, with the link's time reset. */
export const ResendInvitationSuccess: Story = {
  args: { candidateId: mockIds.candidateWithActiveAssessment },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Sent')));
    await userEvent.click(within(card).getByRole('button', { name: /^Resend invitation/ }));
    await waitFor(() => expect(heard()).toContain('Invitation for Frontend (Vue) — System design sent again.'));
    await expect(within(card).getByText('Expires in 7 days')).toBeVisible();
  },
};

/** Resend invitation failed: why, and a retry with the same idempotency key. */
export const ResendInvitationFailure: Story = {
  args: { candidateId: mockIds.candidateWithActiveAssessment },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Sent')));
    mockServer.faults.failNext({ status: 503, route: 'resendAssessment' });
    await userEvent.click(within(card).getByRole('button', { name: /^Resend invitation/ }));
    const alert = await within(card).findByRole('alert');
    await expect(alert).toHaveTextContent('The invitation was not resent.');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** Resend an expired one: a new invitation joins the top of the list, the expired one stays and says so. */
export const ResendExpiredSuccess: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
  },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const expired = (await openCard(cardWithStatus(canvasElement, 'Expired')));
    await userEvent.click(within(expired).getByRole('button', { name: /^Resend .* as a new invitation$/ }));
    await waitFor(() => expect(within(canvasElement).getAllByRole('article')).toHaveLength(8));
    // The newest, after the two that need the recruiter (Needs action, In progress).
    const newest = within(canvasElement).getAllByRole('article')[2]!;
    await expect(within(newest).getByText('Expires in 7 days')).toBeVisible();
    await waitFor(() => expect(summaryButton(newest)).toHaveFocus());
    await expect(within(expired).getByText('A new invitation was sent on 2 Nov.')).toBeVisible();
  },
};

/** Resend refused (CodeInterview is not connected): why, and no pointless retry. */
export const ResendExpiredRefused: Story = {
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const expired = (await openCard(cardWithStatus(canvasElement, 'Expired')));
    await userEvent.click(within(expired).getByRole('button', { name: /^Resend .* as a new invitation$/ }));
    const alert = await within(expired).findByRole('alert');
    await expect(alert).toHaveTextContent(/its provider is no longer connected/);
    await expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  },
};

// ------------------------------------------------------------------------------------------------- live

/** Buttons that play the vendor: its webhooks move the assessment along, and the tab follows without a reload. */
function VendorControls({ assessmentId }: { assessmentId: string }) {
  const act = (event: () => unknown) => () => {
    try {
      event();
    } catch {
      // A move the vendor couldn't make (completing an expired link): nothing happens, as with a real vendor.
    }
  };
  const simulator = mockServer.mock.simulator;
  return (
    <div role="group" aria-label="Vendor simulator" style={{ display: 'flex', gap: 8, flexWrap: 'wrap', marginBottom: 16 }}>
      <button type="button" className="story-button" onClick={act(() => simulator.start(assessmentId))}>
        Candidate starts
      </button>
      <button type="button" className="story-button" onClick={act(() => simulator.complete(assessmentId, { got: 71, total: 80 }))}>
        Candidate completes
      </button>
      <button type="button" className="story-button" onClick={act(() => simulator.expire(assessmentId))}>
        Link expires
      </button>
      <button type="button" className="story-button" onClick={act(() => simulator.fail(assessmentId, 'The invitation email bounced.'))}>
        Email bounces
      </button>
    </div>
  );
}

/**
 * Live: the buttons play the vendor's webhooks on the mock server, and the badge follows without a reload. This
 * story polls every second (the HTTP adapter has no push); with `backend.subscribe` the change shows at once.
 */
export const Live: Story = {
  args: { candidateId: mockIds.candidateWithActiveAssessment },
  parameters: { kitProvider: { pollIntervalMs: 1000 } },
  render: (args) => (
    <>
      <VendorControls assessmentId="asmt-5-a" />
      <CandidateAssessments {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Candidate starts' }));
    await waitFor(() => expect(cardWithStatus(canvasElement, 'In progress')).toBeVisible(), { timeout: 4000 });
    await waitFor(() => expect(heard()).toContain('Frontend (Vue) — System design: In progress'));
    await userEvent.click(canvas.getByRole('button', { name: 'Candidate completes' }));
    const completed = await openCard(await waitFor(() => cardWithStatus(canvasElement, 'Completed'), { timeout: 4000 }));
    await expect(within(completed).getByText('71/80 · 89%')).toBeVisible();
  },
};

/**
 * A live update takes the focused control away: with focus on Cancel, the vendor's webhook completes the assessment.
 * Cancel goes, and focus moves to the card's heading instead of falling to the page.
 */
export const LiveUpdateTakesTheFocusedButton: Story = {
  args: { candidateId: mockIds.candidateWithActiveAssessment },
  parameters: { kitProvider: { pollIntervalMs: 500 } },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    const card = (await openCard(cardWithStatus(canvasElement, 'Sent')));
    const cancel = within(card).getByRole('button', { name: /^Cancel / });
    cancel.focus();
    await expect(cancel).toHaveFocus();
    mockServer.mock.simulator.complete('asmt-5-a', { got: 34, total: 40 });
    await waitFor(() => expect(cancel).not.toBeInTheDocument(), { timeout: 4000 });
    await waitFor(() => expect(summaryButton(card)).toHaveFocus());
    await waitFor(() => expect(heard()).toContain('Frontend (Vue) — System design: Completed, 34 out of 40, 85%'));
  },
};

// ---------------------------------------------------------------------------- theme (German: stories/locales)

/** The dark theme, with a history open. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await findList(canvasElement);
    await expect(canvasElement.querySelector('[data-ak-theme="dark"]')).not.toBeNull();
    const completed = (await openCard(cardWithStatus(canvasElement, 'Completed')));
    await userEvent.click(within(completed).getByRole('button', { name: /^History/ }));
    await expect(within(completed).getByText('88/100 · 88%')).toBeVisible();
  },
};
