import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { EnableIntegrationDialog } from '../../src/components/enable-integration';
import {
  MOCK_INVALID_API_KEY,
  MOCK_RATE_LIMITED_API_KEY,
  MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS,
  MOCK_VALID_API_KEY,
} from '../../src/mock';
import { heard } from '../integrations/heard';
import { HostButton } from '../support/host-button';
import { MOCK_API_BASE_URL, mockServer } from '../support/mock-server';
import { deLocale, deText } from '../../src/locales/de';
import { settle } from '../support/settle';

const meta = {
  title: 'Integrations/EnableIntegrationDialog',
  component: EnableIntegrationDialog,
  args: { providerId: 'codeinterview', defaultOpen: true, onConnected: fn(), onOpenChange: fn() },
  argTypes: {
    mode: { control: 'inline-radio', options: ['connect', 'replace'] },
    providerId: { control: 'select', options: ['codeinterview', 'skillforge', 'devscreen'] },
  },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof EnableIntegrationDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

// Dialogs render in a portal, outside the story's canvas.
async function findDialog() {
  const dialog = await screen.findByRole('dialog');
  await settle();
  return dialog;
}

/** Finds an element that appears after a step change, once it has eased in. */
async function findSettled<T>(find: Promise<T>): Promise<T> {
  const element = await find;
  await settle();
  return element;
}

async function findKeyField(dialog: HTMLElement, providerName = 'CodeInterview') {
  return findSettled(within(dialog).findByLabelText(`${providerName} API key`, { selector: 'input' }));
}

async function enterKeyAndSubmit(key: string, options: { providerName?: string; submit?: RegExp } = {}) {
  const dialog = await findDialog();
  const field = await findKeyField(dialog, options.providerName);
  await userEvent.type(field, key);
  await userEvent.click(within(dialog).getByRole('button', { name: options.submit ?? /^connect codeinterview$/i }));
  return { dialog, field };
}

/** The step the progress list marks as current (`aria-current="step"`). */
function currentStep(dialog: HTMLElement) {
  const list = within(dialog).getByRole('list', { name: 'Setup progress' });
  return within(list).getAllByRole('listitem').find((item) => item.getAttribute('aria-current') === 'step');
}

async function connectAndReachWebhookStep(providerName = 'CodeInterview', submit?: RegExp) {
  const { dialog } = await enterKeyAndSubmit(MOCK_VALID_API_KEY, { providerName, ...(submit ? { submit } : {}) });
  const heading = await findSettled(
    within(dialog).findByRole('heading', { name: new RegExp(`add the webhook to ${providerName}`, 'i') }),
  );
  return { dialog, heading };
}

/**
 * Step 1: the admin pastes the key. The field has focus, the key is masked, and where to find it is spelled out.
 * Masked, it is a password field (a screen reader hears dots, not the key) marked as a one-time code, which Chrome's
 * password manager counts as no password; the other password managers are told to ignore it.
 */
export const EnteringKey: Story = {
  play: async ({ args }) => {
    const dialog = await findDialog();
    const field = await findSettled(findKeyField(dialog));
    await expect(within(dialog).getByRole('heading', { name: 'Connect CodeInterview' })).toBeVisible();
    await expect(currentStep(dialog)).toHaveTextContent('API key');
    await expect(dialog).not.toHaveTextContent(/Step \d of \d/);
    await waitFor(() => expect(field).toHaveFocus());
    await expect(field).toHaveAttribute('type', 'password');
    await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(field).not.toHaveAttribute('style');
    await expect(field).toHaveAttribute('data-1p-ignore');
    await expect(field).toHaveAttribute('data-lpignore', 'true');
    await expect(getComputedStyle(field).getPropertyValue('-webkit-text-security')).toBe('disc');
    const steps = within(dialog).getByRole('list', { name: 'Where to find it in CodeInterview' });
    await expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(steps).getByText('Click your profile icon')).toBeVisible();

    await userEvent.type(field, 'ci_live_');
    const toggle = within(dialog).getByRole('button', { name: 'Show API key' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(field).toHaveAttribute('type', 'text');
    await expect(getComputedStyle(field).getPropertyValue('-webkit-text-security')).toBe('none');
    await expect(args.onConnected).not.toHaveBeenCalled();
  },
};

/**
 * Submitting an empty field says what is missing, on the field. Focus moves from Connect to the field, which already
 * carries the message: it is heard there, and the announcer doesn't say it a second time.
 */
export const RequiredKey: Story = {
  play: async () => {
    const dialog = await findDialog();
    const field = await findKeyField(dialog);
    await userEvent.type(field, '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect CodeInterview' }));
    await expect(await within(dialog).findByText('Enter your CodeInterview API key.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveFocus();
    await expect(field).toHaveAccessibleDescription(/Enter your CodeInterview API key\./);
    await expect(heard('assertive')).not.toContain('Enter your CodeInterview API key.');
  },
};

/**
 * While the vendor checks the key: the button shows progress, the field is locked, and a second click sends
 * nothing. "Checking the key…" is said, and shown once on a full line above the buttons (no second spinner).
 */
export const Verifying: Story = {
  play: async () => {
    const dialog = await findDialog();
    const field = await findKeyField(dialog);
    // The provider is loaded: from now on every answer is slow, so the request stays in flight.
    mockServer.setLatency(60 * 60_000);
    await userEvent.type(field, MOCK_VALID_API_KEY);
    const connect = within(dialog).getByRole('button', { name: /connect codeinterview/i });
    await userEvent.click(connect);
    await waitFor(() => expect(connect).toHaveAttribute('aria-busy', 'true'));
    await expect(connect).toHaveAttribute('aria-disabled', 'true');
    await expect(field).toHaveAttribute('readonly');
    await expect(field).toHaveAttribute('aria-disabled', 'true');
    await expect(within(dialog).getByText('Checking the key with CodeInterview…')).toBeVisible();
    await expect(connect).toHaveFocus();
    await expect(heard()).toContain('Checking the key with CodeInterview…');
  },
};

/**
 * The vendor rejected the key: the message sits on the field and names the vendor, and focus goes back to the field,
 * which reads it (the announcer doesn't say it again).
 */
export const InvalidKey: Story = {
  play: async ({ args }) => {
    const { dialog, field } = await enterKeyAndSubmit(MOCK_INVALID_API_KEY);
    await expect(await within(dialog).findByText(/CodeInterview didn’t accept this key/)).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(field).toHaveFocus());
    await expect(field).toHaveValue(MOCK_INVALID_API_KEY);
    await expect(field).toHaveAccessibleDescription(/CodeInterview didn’t accept this key/);
    await expect(heard('assertive').join(' ')).not.toMatch(/CodeInterview didn’t accept this key/);
    await expect(args.onConnected).not.toHaveBeenCalled();
  },
};

/** The same, submitted with Enter: focus was already on the field, so the message is said rather than reached. */
export const InvalidKeyByEnter: Story = {
  play: async () => {
    const dialog = await findDialog();
    const field = await findKeyField(dialog);
    await userEvent.type(field, `${MOCK_INVALID_API_KEY}{Enter}`);
    await expect(await within(dialog).findByText(/CodeInterview didn’t accept this key/)).toBeVisible();
    await expect(field).toHaveFocus();
    await expect(heard('assertive').join(' ')).toMatch(/CodeInterview didn’t accept this key/);
  },
};

/**
 * The request never reached the server: a form-level error; the key is still in the field. There is one way to
 * try again, the primary Connect button (the alert has no second "Try again" beside it).
 */
export const NetworkFailure: Story = {
  play: async () => {
    mockServer.faults.networkErrorNext({ route: 'connectIntegration' });
    const { dialog, field } = await enterKeyAndSubmit(MOCK_VALID_API_KEY);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('We couldn’t verify the key');
    await expect(alert).toHaveTextContent('We couldn’t reach the server');
    await expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    await expect(within(dialog).getByRole('button', { name: 'Connect CodeInterview' })).toHaveFocus();
    await expect(field).toHaveValue(MOCK_VALID_API_KEY);
  },
};

/** A 503 from the server: the same form-level error; Connect sends the same key again, keeping focus, and goes on to the webhook. */
export const ServerErrorThenRetry: Story = {
  play: async ({ args }) => {
    mockServer.faults.failNext({ status: 503, route: 'connectIntegration' });
    const { dialog } = await enterKeyAndSubmit(MOCK_VALID_API_KEY);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('Something went wrong on our side');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Connect CodeInterview' }));
    await expect(
      await findSettled(within(dialog).findByRole('heading', { name: 'Add the webhook to CodeInterview' })),
    ).toBeVisible();
    await expect(args.onConnected).toHaveBeenCalledTimes(1);
  },
};

/**
 * The vendor is throttling key checks: the message says when to try again and counts down (silently: the start of
 * the wait is said, and its end). Connect and Enter spend no attempt meanwhile; Enter hears how long is left.
 */
export const RateLimited: Story = {
  play: async () => {
    const { dialog, field } = await enterKeyAndSubmit(MOCK_RATE_LIMITED_API_KEY);
    const status = await within(dialog).findByText('CodeInterview is limiting key checks');
    await expect(status).toBeVisible();
    const countdown = within(dialog).getByText(/^Too many attempts in a short time\. Try again in \d+ seconds?\.$/);
    await expect(countdown).toBeVisible();
    const secondsLeft = Number(countdown.textContent!.match(/\d+/)![0]);
    await expect(secondsLeft).toBeLessThanOrEqual(MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS);
    await expect(secondsLeft).toBeGreaterThan(MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS - 5);
    await expect(heard('assertive')).toContain(`Too many attempts in a short time. Try again in ${MOCK_RATE_LIMIT_RETRY_AFTER_SECONDS} seconds.`);
    // Not a live region: the ticking count is read when reached, never spoken each second.
    await expect(status.closest('[role="status"], [aria-live]')).toBeNull();
    await expect(within(dialog).getByRole('button', { name: 'Connect CodeInterview' })).toHaveAttribute('aria-disabled', 'true');
    await expect(field).toHaveValue(MOCK_RATE_LIMITED_API_KEY);

    await userEvent.type(field, '{Enter}');
    await waitFor(() => expect(heard().join(' ')).toMatch(/Try again in \d+ seconds?\./));
  },
};

/** The signed-in user may not manage integrations: a form-level message, no retry. */
export const NotAllowed: Story = {
  beforeEach() {
    mockServer.reset({ canManageIntegrations: false });
  },
  play: async () => {
    const { dialog } = await enterKeyAndSubmit(MOCK_VALID_API_KEY);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('You can’t connect this integration');
    await expect(alert).toHaveTextContent('You don’t have permission to do this. Ask an admin.');
    await expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  },
};

/** Step 2 right after verification: the URL to paste, the vendor's steps, and a polite "waiting" status. */
export const WebhookWaiting: Story = {
  play: async ({ args }) => {
    const { dialog, heading } = await connectAndReachWebhookStep();
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(currentStep(dialog)).toHaveTextContent('Webhook');
    await expect(within(dialog).getByText('CodeInterview accepted the key ending in 5a3f.')).toBeVisible();
    await expect(heard()).toContain('CodeInterview accepted the key ending in 5a3f.');
    const url = within(dialog).getByLabelText('Webhook URL') as HTMLTextAreaElement;
    await expect(url).toHaveAttribute('readonly');
    await expect(url.value).toMatch(/^https:\/\//);
    // One line, never broken inside a token ("assessmen/ts"): a URL longer than the field scrolls sideways, and its
    // line isn't cut at the bottom by the scrollbar.
    await expect(url.scrollHeight).toBeLessThanOrEqual(url.clientHeight + 1);
    await expect(getComputedStyle(url).whiteSpace).toBe('pre');
    await expect(within(dialog).getByRole('button', { name: 'Copy: Webhook URL' })).toBeVisible();
    const steps = within(dialog).getByRole('list', { name: 'In CodeInterview' });
    await expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
    await expect(within(dialog).getByRole('link', { name: /CodeInterview webhook documentation/ })).toHaveAttribute(
      'href',
      'https://codeinterview.io/docs/api',
    );
    await expect(within(dialog).getByText('Waiting for the first webhook event…')).toBeVisible();
    // The key is gone from the page once its step is left.
    await expect(document.body.innerHTML).not.toContain(MOCK_VALID_API_KEY);
    await expect(args.onConnected).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'codeinterview', state: 'connected' }));
  },
};

/** The vendor sent its first event (the simulator's "send test webhook"): the status turns to "Webhook received". */
export const WebhookReceived: Story = {
  play: async () => {
    const { dialog } = await connectAndReachWebhookStep();
    await expect(within(dialog).getByText('Waiting for the first webhook event…')).toBeVisible();
    mockServer.mock.simulator.sendTestWebhook('codeinterview');
    await expect(await within(dialog).findByText('Webhook received', {}, { timeout: 6000 })).toBeVisible();
    await expect(within(dialog).queryByText('Waiting for the first webhook event…')).not.toBeInTheDocument();
    await expect(heard()).toContain('Webhook received');
  },
};

/** Step 3: a summary, and Finish closes the dialog. */
export const Done: Story = {
  play: async () => {
    const { dialog } = await connectAndReachWebhookStep();
    mockServer.mock.simulator.sendTestWebhook('codeinterview');
    await within(dialog).findByText('Webhook received', {}, { timeout: 6000 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    const heading = await findSettled(within(dialog).findByRole('heading', { name: 'CodeInterview is connected' }));
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(currentStep(dialog)).toHaveTextContent('Done');
    await expect(within(dialog).getByText('Ending in 5a3f')).toBeVisible();
    await expect(within(dialog).getByText('Receiving events')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Finish' })).toBeVisible();
  },
};

/**
 * A vendor that signs webhooks returns a secret once. It must be confirmed before the dialog moves on or closes,
 * and the dialog says why Escape and the close button are gone.
 */
export const SigningSecretShownOnce: Story = {
  args: { providerId: 'skillforge' },
  beforeEach() {
    mockServer.reset({ integrationStates: { skillforge: 'not_connected' } });
  },
  play: async () => {
    const { dialog } = await connectAndReachWebhookStep('SkillForge', /^connect skillforge$/i);
    const secret = within(dialog).getByLabelText('Signing secret');
    await expect((secret as HTMLInputElement).value).toMatch(/^whsec_/);
    await expect(within(dialog).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await expect(within(dialog).getByText('Closes once the secret is saved')).toBeVisible();
    await expect(within(dialog).getByText(/Save the signing secret and tick the box before leaving/)).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('dialog')).toBeVisible();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await expect(within(dialog).getByText('Tick the box once you have saved the secret.')).toBeVisible();
    await expect(within(dialog).getByRole('heading', { name: 'Add the webhook to SkillForge' })).toBeVisible();
    await expect(within(dialog).getByRole('checkbox', { name: 'I have saved the signing secret' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/**
 * Replace the key of a connected integration: its own wording, two steps. The webhook URL stays the same, so there
 * is no webhook step that would only say so: verified goes straight to done.
 */
export const ReplaceKey: Story = {
  args: { providerId: 'skillforge', mode: 'replace' },
  play: async ({ args }) => {
    const dialog = await findDialog();
    const field = await findKeyField(dialog, 'SkillForge');
    await expect(within(dialog).getByRole('heading', { name: 'Replace SkillForge API key' })).toBeVisible();
    await expect(
      within(dialog).getByText(/The current key ending in 4f6e keeps working until the new one is verified/),
    ).toBeVisible();
    await expect(within(within(dialog).getByRole('list', { name: 'Setup progress' })).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.type(field, MOCK_VALID_API_KEY);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Verify new key' }));
    const done = await findSettled(within(dialog).findByRole('heading', { name: 'SkillForge now uses the new key' }));
    await expect(done).toBeVisible();
    await waitFor(() => expect(done).toHaveFocus());
    await expect(within(dialog).getByText('Receiving events')).toBeVisible();
    await expect(within(dialog).queryByLabelText('Signing secret')).not.toBeInTheDocument();
    await expect(args.onConnected).toHaveBeenCalledWith(expect.objectContaining({ apiKeySuffix: '5a3f' }));
  },
};

/** Closed until the trigger is pressed; Escape closes and focus returns to the trigger. */
export const WithTrigger: Story = {
  args: {
    defaultOpen: false,
    trigger: (
      <HostButton primary>
        Enable integration
      </HostButton>
    ),
  },
  parameters: { layout: 'padded' },
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Enable integration' });
    await userEvent.click(trigger);
    const dialog = await findDialog();
    await waitFor(async () => expect(await findKeyField(dialog)).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};

const longProviderName = 'CodeInterview Enterprise Assessments (EU data residency)';

/** A vendor with a long name: titles wrap, footer buttons keep one line (the primary's label cut short), steps stay readable. */
export const LongProviderName: Story = {
  parameters: {
    msw: [
      http.get(`${MOCK_API_BASE_URL}/providers`, async () => {
        const providers = await mockServer.mock.backend.listProviders();
        return HttpResponse.json({
          providers: providers.map((provider) =>
            provider.id === 'codeinterview'
              ? {
                  ...provider,
                  name: longProviderName,
                  apiKeySteps: [
                    `Sign in to ${longProviderName} with an administrator account that has API access`,
                    'Click your profile icon > Integrations > API keys',
                    'Create a key for your applicant tracking system and copy it',
                  ],
                }
              : provider,
          ),
        });
      }),
    ],
  },
  play: async () => {
    const dialog = await findDialog();
    await expect(await findKeyField(dialog, longProviderName)).toBeVisible();
    await expect(within(dialog).getByRole('heading', { name: `Connect ${longProviderName}` })).toBeVisible();
    const connect = within(dialog).getByRole('button', { name: `Connect ${longProviderName}` });
    await expect(connect).toBeVisible();
    // The footer keeps one row of one-line buttons: the primary sits beside Cancel, as tall as it, its name cut short.
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    await expect(connect.getBoundingClientRect().top).toBe(cancel.getBoundingClientRect().top);
    await expect(connect.getBoundingClientRect().height).toBe(cancel.getBoundingClientRect().height);
    await expect(connect).toHaveAttribute('title', `Connect ${longProviderName}`);
  },
};

/** German, whose words run long: nothing overflows, and every string (including errors) is translated. */
export const GermanText: Story = {
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  play: async () => {
    const dialog = await findDialog();
    const field = await findSettled(within(dialog).findByLabelText('CodeInterview-API-Schlüssel', { selector: 'input' }));
    await expect(within(dialog).getByRole('heading', { name: 'CodeInterview verbinden' })).toBeVisible();
    await userEvent.type(field, MOCK_INVALID_API_KEY);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Mit CodeInterview verbinden' }));
    await expect(await within(dialog).findByText(/CodeInterview hat diesen Schlüssel nicht akzeptiert/)).toBeVisible();
  },
};

/** The same dialog in the dark theme, on the webhook step. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    const { dialog } = await connectAndReachWebhookStep();
    await expect(within(dialog).getByText('Waiting for the first webhook event…')).toBeVisible();
  },
};
