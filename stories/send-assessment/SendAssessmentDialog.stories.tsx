import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http } from 'msw';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { SendAssessmentDialog } from '../../src/components/send-assessment';
import { mockIds } from '../../src/mock';
import { HostButton } from '../support/host-button';
import { MOCK_API_BASE_URL, mockServer } from '../support/mock-server';
import { deLocale, deText } from '../../src/locales/de';
import { chooseOption } from '../support/choose-option';
import { settle } from '../support/settle';

const meta = {
  title: 'Send assessment/SendAssessmentDialog',
  component: SendAssessmentDialog,
  args: {
    candidateId: mockIds.candidateWithNoAssessments,
    defaultOpen: true,
    onSent: fn(),
    onOpenChange: fn(),
    onRequestSetup: fn(),
    onOpenAssessment: fn(),
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof SendAssessmentDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The kit's QueryClient retries a failed read twice (about three seconds) before an error shows. */
const AFTER_RETRIES = { timeout: 8000 };

/** The dialog renders in a portal, outside the canvas. */
async function findDialog() {
  const dialog = await screen.findByRole('dialog', { name: 'Send assessment' });
  await settle();
  return dialog;
}

async function findForm() {
  const dialog = await findDialog();
  await within(dialog).findByRole('combobox', { name: 'Test' });
  return dialog;
}

async function chooseTest(dialog: HTMLElement, search: string, title: RegExp) {
  const field = within(dialog).getByRole('combobox', { name: 'Test' });
  await userEvent.clear(field);
  await userEvent.type(field, search);
  await userEvent.click(await within(dialog).findByRole('option', { name: title }));
}

async function addReviewer(dialog: HTMLElement, search: string, name: string) {
  const field = within(dialog).getByRole('combobox', { name: 'Reviewers' });
  await userEvent.type(field, search);
  await userEvent.click(await within(dialog).findByRole('option', { name: new RegExp(`^${name}`) }));
  await userEvent.keyboard('{Escape}');
}

async function fillAndSend(dialog: HTMLElement) {
  await chooseTest(dialog, 'go', /^Backend \(Go\) — Take-home/);
  await addReviewer(dialog, 'maya', 'Maya Goldberg');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Send assessment' }));
}

/**
 * Ad hoc, from a candidate's profile, with two providers connected: the recruiter picks one, a test (title, duration
 * and languages in each option), reviewers, a scorecard whose questions show before sending, and the expiry.
 */
export const AdHoc: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
  },
  play: async () => {
    const dialog = await findForm();
    const candidate = within(dialog).getByRole('region', { name: 'Candidate' });
    await expect(candidate).toHaveTextContent('Ben Okafor');
    await expect(candidate).toHaveTextContent('ben.okafor@mail.example.com');
    const codeInterview = within(dialog).getByRole('radio', { name: /CodeInterview/ });
    await expect(codeInterview).not.toBeChecked();
    await userEvent.click(codeInterview);
    await expect(within(dialog).getByLabelText('Link expires on')).toHaveValue('9 Nov 2026');

    const test = within(dialog).getByRole('combobox', { name: 'Test' });
    await userEvent.click(test);
    const option = await within(dialog).findByRole('option', { name: /Senior Frontend \(React\) — Take-home/ });
    await expect(option).toHaveTextContent(/min · TypeScript, JavaScript/);
    await userEvent.click(option);
    await expect(test).toHaveValue('Senior Frontend (React) — Take-home');

    await addReviewer(dialog, 'grace', 'Grace Owusu');
    await chooseOption(within(dialog).getByLabelText('Scorecard'), 'Frontend take-home review');
    const preview = within(dialog).getByRole('region', { name: /What reviewers answer \(6 questions\)/ });
    await expect(within(preview).getByText('Code quality and structure')).toBeVisible();
  },
};

/**
 * Sending a plan activity: the stage move created it, so test, reviewers and scorecard come pre-filled, and the
 * recruiter can still change any of them before sending.
 */
export const FromPlanActivity: Story = {
  args: { candidateId: mockIds.candidateWithPendingActivity, activityId: mockIds.planActivity },
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
  },
  play: async () => {
    const dialog = await findForm();
    await expect(within(dialog).getByText(/set this up\. Check it, change anything, then send\./)).toBeVisible();
    await expect(within(dialog).getByRole('radio', { name: /CodeInterview/ })).toBeChecked();
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Senior Frontend (React) — Take-home'));
    const chips = within(dialog).getByRole('list', { name: 'Chosen reviewers' });
    await expect(within(chips).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Maya Goldberg', 'Tomás Herrera']);
    await expect(within(dialog).getByRole('combobox', { name: 'Scorecard' })).toHaveTextContent('Frontend take-home review');
    // Editable: one reviewer off, another on.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Tomás Herrera' }));
    await addReviewer(dialog, 'aisha', 'Aisha Bello');
    await expect(within(chips).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Maya Goldberg', 'Aisha Bello']);
  },
};

/** No provider is connected: the dialog says so and offers the host's setup route (onRequestSetup). */
export const NoProviderConnected: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { skillforge: 'not_connected', devscreen: 'not_connected' } });
  },
  play: async ({ args }) => {
    const dialog = await findDialog();
    await expect(await within(dialog).findByRole('heading', { name: 'No assessment provider is connected' })).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set up an integration' }));
    await expect(args.onRequestSetup).toHaveBeenCalledTimes(1);
    await expect(within(dialog).queryByRole('button', { name: 'Send assessment' })).not.toBeInTheDocument();
  },
};

/** The read-only variant, for a recruiter who can't set up integrations: ask an admin, no setup button. */
export const NoProviderReadOnly: Story = {
  beforeEach() {
    mockServer.reset({ canManageIntegrations: false, integrationStates: { skillforge: 'not_connected' } });
  },
  play: async () => {
    const dialog = await findDialog();
    await expect(await within(dialog).findByText(/Ask an admin to connect one under Settings > Integrations\./)).toBeVisible();
    // DevScreen is connected but its key was revoked: it says why it can't be used.
    await expect(within(dialog).getByText(/The API key was revoked in DevScreen\./)).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Set up an integration' })).not.toBeInTheDocument();
  },
};

/** A provider that needs attention is listed with why it can't be used, and can't be chosen. */
export const ProviderNeedsAttention: Story = {
  beforeEach() {
    mockServer.reset({ integrationStates: { codeinterview: 'connected' } });
  },
  play: async () => {
    const dialog = await findForm();
    const devScreen = within(dialog).getByRole('radio', { name: /DevScreen/ });
    await expect(devScreen).toBeDisabled();
    await expect(devScreen).toHaveAccessibleDescription(/The API key was revoked in DevScreen\. An admin can reconnect it under Integrations\./);
  },
};

/**
 * Opening while the providers load: the form's shape in placeholders (heard as "Loading"), about as tall as the
 * form, so the dialog doesn't open small and jump when the form arrives.
 */
let releaseProviders = () => {};
export const Opening: Story = {
  beforeEach({ msw }) {
    const loaded = new Promise<void>((resolve) => (releaseProviders = resolve));
    // Held until the play function has measured the placeholders; then the mock server's own handler answers.
    msw.use(http.get(`${MOCK_API_BASE_URL}/providers`, async () => void (await loaded)));
  },
  play: async () => {
    const dialog = await findDialog();
    // A status region, so a screen reader hears "Loading…"; the placeholders themselves are hidden from it. (The
    // candidate's header may be loading too, with its own "Loading…".)
    const skeleton = dialog.querySelector('.ak-form-skeleton');
    await expect(skeleton).toHaveAttribute('role', 'status');
    await expect(skeleton).toHaveTextContent('Loading…');
    await expect(skeleton).toBeVisible();
    const loadingHeight = dialog.getBoundingClientRect().height;
    releaseProviders();
    await within(dialog).findByRole('combobox', { name: 'Test' });
    await settle();
    const formHeight = dialog.getBoundingClientRect().height;
    await expect(Math.abs(formHeight - loadingHeight) / formHeight).toBeLessThan(0.15);
  },
};

/** The catalogue is slow to answer: the list says it is loading. */
export const LoadingTests: Story = {
  beforeEach({ msw }) {
    msw.use(http.get(`${MOCK_API_BASE_URL}/providers/:providerId/tests`, () => delay('infinite')));
  },
  play: async () => {
    const dialog = await findForm();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Test' }));
    await expect(await within(dialog).findByText('Loading…')).toBeVisible();
    await expect(within(dialog).getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
  },
};

/** 10,000 tests and 2,000 reviewers: the list renders only what is in view, and scrolling loads the next page. */
export const LargeCatalogue: Story = {
  beforeEach() {
    mockServer.reset({ catalogue: 'large' });
  },
  play: async () => {
    const dialog = await findForm();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Test' }));
    const listbox = await within(dialog).findByRole('listbox');
    const [first] = await within(listbox).findAllByRole('option');
    await expect(first).toHaveAttribute('aria-setsize', '10000');
    // Scroll to the end three times: each time the next page of 25 arrives and the list grows.
    const scroller = listbox.parentElement!;
    const rowHeight = first!.getBoundingClientRect().height;
    for (let page = 2; page <= 4; page += 1) {
      scroller.scrollTop = scroller.scrollHeight;
      await waitFor(() => expect(listbox.getBoundingClientRect().height).toBeCloseTo(25 * page * rowHeight, 0));
    }
    scroller.scrollTop = scroller.scrollHeight;
    await waitFor(() => expect(Number(within(listbox).getAllByRole('option').at(-1)?.getAttribute('aria-posinset'))).toBeGreaterThan(75));
    await expect(within(listbox).getAllByRole('option').length).toBeLessThanOrEqual(100);
  },
};

/** A search that matches nothing says so. */
export const SearchWithNoResults: Story = {
  play: async () => {
    const dialog = await findForm();
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Test' }), 'cobol');
    await expect(await within(dialog).findByText('No tests match “cobol”')).toBeVisible();
  },
};

/** The catalogue fails to load: an error with Try again in the list; Try again lists the tests. */
export const TestsFailThenRetry: Story = {
  beforeEach() {
    mockServer.faults.failNext({ status: 503, route: 'listTests', times: 3 });
  },
  play: async () => {
    const dialog = await findForm();
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Test' }));
    const retry = await within(dialog).findByRole('button', { name: 'Try again' }, AFTER_RETRIES);
    await expect(within(dialog).getByText('We couldn’t load the list.')).toBeVisible();
    await userEvent.click(retry);
    await expect((await within(dialog).findAllByRole('option')).length).toBeGreaterThan(0);
  },
};

/** Send with nothing chosen, and an expiry past the provider's maximum: each message on its field. */
export const ValidationErrors: Story = {
  play: async () => {
    const dialog = await findForm();
    const expiry = within(dialog).getByLabelText('Link expires on');
    await userEvent.clear(expiry);
    await userEvent.type(expiry, '2026-12-31');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send assessment' }));
    await expect(await within(dialog).findByText('Choose a test.')).toBeVisible();
    await expect(within(dialog).getByText('Choose at least one reviewer.')).toBeVisible();
    await expect(within(dialog).getByText(/SkillForge links can stay open for 14 days at most: choose 16 Nov 2026 or earlier\./)).toBeVisible();
    await expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveFocus();
  },
};

/** The expiry's calendar, opened from its button: days after the provider's maximum are crossed out, today is ringed. */
export const ExpiryCalendar: Story = {
  play: async () => {
    const dialog = await findForm();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Choose date, 9 Nov 2026' }));
    const calendar = await within(document.body).findByRole('dialog', { name: 'Choose a date' });
    const grid = within(calendar).getByRole('grid', { name: 'November 2026' });
    await expect(within(grid).getByRole('gridcell', { name: 'Monday, 9 November 2026' })).toHaveFocus();
    await expect(within(grid).getByRole('gridcell', { name: 'Tuesday, 17 November 2026' })).toHaveAttribute('aria-disabled', 'true');
  },
};

/** The candidate already has this test open: the dialog shows it and asks before sending a second one. */
export const DuplicateWarning: Story = {
  async beforeEach() {
    await mockServer.mock.backend.sendAssessment(
      { candidateId: mockIds.candidateWithNoAssessments, providerId: 'skillforge', testId: 'sf-test-2', reviewerIds: ['rev-2'], scorecard: null },
      { idempotencyKey: 'story-earlier-send' },
    );
  },
  play: async ({ args }) => {
    const dialog = await findForm();
    await fillAndSend(dialog);
    const warning = await within(dialog).findByRole('region', { name: 'Ben Okafor already has this test open' });
    await expect(warning).toHaveTextContent('“Backend (Go) — Take-home” was sent 2 Nov');
    await expect(within(warning).getByText(/Status: Sent/)).toBeInTheDocument();
    await userEvent.click(within(warning).getByRole('button', { name: 'Open the existing assessment' }));
    await expect(args.onOpenAssessment).toHaveBeenCalledWith(expect.objectContaining({ testId: 'sf-test-2', status: 'sent' }));
  },
};

/**
 * A filled form and a stray Escape: the dialog asks before anything is lost, with focus on the safe choice, and
 * Keep editing returns to the form as it was.
 */
export const AsksBeforeDiscarding: Story = {
  play: async ({ args }) => {
    const dialog = await findForm();
    await chooseTest(dialog, 'go', /^Backend \(Go\) — Take-home/);
    await userEvent.keyboard('{Escape}');
    const confirm = await screen.findByRole('alertdialog', { name: 'Discard this assessment?' });
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Keep editing' })).toHaveFocus());
    await expect(args.onOpenChange).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Backend (Go) — Take-home');
  },
};

/** While the send is on its way: the button shows progress, and another click sends nothing more. */
export const Sending: Story = {
  play: async () => {
    const dialog = await findForm();
    await chooseTest(dialog, 'go', /^Backend \(Go\) — Take-home/);
    await addReviewer(dialog, 'maya', 'Maya Goldberg');
    mockServer.setLatency(60 * 60_000);
    const send = within(dialog).getByRole('button', { name: 'Send assessment' });
    await userEvent.click(send);
    const sending = await within(dialog).findByRole('button', { name: 'Sending…' });
    await expect(sending).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(sending);
    await expect(mockServer.mock.allAssessments().filter((a) => a.candidateId === mockIds.candidateWithNoAssessments)).toHaveLength(0);
  },
};

/** The server fails: a form-level message with Try again; everything entered is still there, and Try again sends. */
export const FailureThenRetry: Story = {
  play: async ({ args }) => {
    mockServer.faults.failNext({ status: 500, route: 'sendAssessment' });
    const dialog = await findForm();
    await fillAndSend(dialog);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The assessment wasn’t sent');
    await expect(alert).toHaveTextContent('Something went wrong on our side');
    await expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveValue('Backend (Go) — Take-home');
    await expect(within(dialog).getByRole('list', { name: 'Chosen reviewers' })).toHaveTextContent('Maya Goldberg');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(args.onSent).toHaveBeenCalledTimes(1));
  },
};

/** The vendor refused the test (archived since the list loaded): the test field says so and what to do. */
export const VendorRejectedTest: Story = {
  play: async () => {
    mockServer.faults.failNext({ status: 422, route: 'sendAssessment', fieldErrors: { testId: 'Archived in SkillForge.' } });
    const dialog = await findForm();
    await fillAndSend(dialog);
    await expect(
      await within(dialog).findByText('This test is no longer available in SkillForge (it may have been archived). Choose another test.'),
    ).toBeVisible();
    await expect(within(dialog).getByRole('combobox', { name: 'Test' })).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Sent: the dialog closes, focus goes back to the button that opened it, and the host hears about it. */
export const Success: Story = {
  args: { defaultOpen: false },
  render: (args) => (
    <div style={{ padding: 24 }}>
      <SendAssessmentDialog {...args} trigger={<HostButton primary>Send assessment to Ben</HostButton>} />
    </div>
  ),
  play: async ({ args, canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Send assessment to Ben' });
    await userEvent.click(trigger);
    const dialog = await findForm();
    await fillAndSend(dialog);
    await waitFor(() => expect(args.onSent).toHaveBeenCalledWith(expect.objectContaining({ status: 'sent', testTitle: 'Backend (Go) — Take-home' })));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};

/** German, whose words run long: every string is translated, validation messages included. */
export const German: Story = {
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Assessment senden' });
    await within(dialog).findByRole('combobox', { name: 'Test' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Assessment senden' }));
    await expect(await within(dialog).findByText('Wählen Sie einen Test.')).toBeVisible();
    await expect(within(dialog).getByText('Wählen Sie mindestens eine bewertende Person.')).toBeVisible();
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Test' }), 'cobol');
    await expect(await within(dialog).findByText('Kein Test passt zu „cobol“')).toBeVisible();
  },
};

/** The dark theme, with the test list open and a reviewer chosen. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    const dialog = await findForm();
    await addReviewer(dialog, 'maya', 'Maya Goldberg');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Test' }));
    await expect((await within(dialog).findAllByRole('option')).length).toBeGreaterThan(0);
  },
};
