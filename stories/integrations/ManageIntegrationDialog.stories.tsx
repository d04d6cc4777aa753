import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test';
import { ManageIntegrationDialog } from '../../src/screens/ManageIntegrationDialog';
import { MOCK_VALID_API_KEY } from '../../src/mock';
import { HostButton } from '../support/host-button';
import { mockServer } from '../support/mock-server';
import { heard } from './heard';
import { deLocale, deText } from '../../src/locales/de';

const meta = {
  title: 'Integrations/ManageIntegrationDialog',
  component: ManageIntegrationDialog,
  args: {
    providerId: 'skillforge',
    defaultOpen: true,
    trigger: <HostButton>Manage SkillForge</HostButton>,
    onOpenChange: fn(),
    onDisconnected: fn(),
    onKeyReplaced: fn(),
  },
  argTypes: {
    providerId: { control: 'select', options: ['codeinterview', 'skillforge', 'devscreen'] },
    trigger: { control: false },
  },
} satisfies Meta<typeof ManageIntegrationDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dialogs render in a portal, outside the story's canvas; they fade in, so wait until they are visible. */
async function findDialog(role: 'dialog' | 'alertdialog', name: string | RegExp) {
  const dialog = await screen.findByRole(role, { name });
  await waitFor(() => expect(dialog).toBeVisible());
  return dialog;
}

async function findManageDialog(name = 'SkillForge', webhookHeading = 'Webhook') {
  const dialog = await findDialog('dialog', `Manage ${name}`);
  await within(dialog).findByRole('heading', { name: webhookHeading });
  return dialog;
}

async function openDisconnectConfirm(name = 'SkillForge') {
  const dialog = await findManageDialog(name);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
  return findDialog('alertdialog', `Disconnect ${name}?`);
}

/** A healthy connection: the key only as its last characters, who connected it, the webhook URL and steps. */
export const Connected: Story = {
  play: async () => {
    const dialog = await findManageDialog();
    await expect(within(dialog).getByText('•••• 4f6e')).toBeVisible();
    await expect(within(dialog).getByText('Priya Natarajan')).toBeVisible();
    await expect(within(dialog).getByText('3 hours ago')).toBeVisible();
    await expect(within(dialog).getByLabelText('Webhook URL')).toHaveDisplayValue(/^https:\/\/ats\.example\.com\/webhooks\/assessments\/skillforge\/[0-9a-f]+$/);
    await expect(within(dialog).getByRole('button', { name: 'Copy: Webhook URL' })).toBeVisible();
    await expect(within(dialog).getByText('Click Add endpoint and paste the URL')).toBeVisible();
    await expect(within(dialog).getByText(/current key keeps working until the new one is verified/)).toBeVisible();
  },
};

/**
 * Copy in a real browser: the button says "Copied" without changing its width, and "Copied" is announced. The
 * play function checks what the user sees and hears, not the clipboard (reading it needs a permission).
 */
export const CopyWebhookUrl: Story = {
  async beforeEach() {
    // A browser may refuse the clipboard (no permission, or no real user gesture behind a scripted click): stand in
    // for it there, since this story is about the success path (CopyRefused shows the other).
    const works = await navigator.clipboard?.writeText('').then(
      () => true,
      () => false,
    );
    if (works) return;
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.resolve();
    return () => {
      clipboard.writeText = original;
    };
  },
  play: async () => {
    const dialog = await findManageDialog();
    const button = within(dialog).getByRole('button', { name: 'Copy: Webhook URL' });
    // Layout width: the dialog may still be easing in (scaled), which getBoundingClientRect would count.
    const width = button.offsetWidth;
    await userEvent.click(button);
    await expect(await within(dialog).findByRole('button', { name: 'Copied: Webhook URL' })).toBeVisible();
    await expect(within(dialog).getByText('Copied')).toBeVisible();
    await expect(within(dialog).getByText('Copy')).not.toBeVisible();
    await expect(button.offsetWidth).toBe(width);
    await expect(heard()).toContain('Copied');
  },
};

/** When the browser refuses the clipboard, the URL is selected for Ctrl+C and the user is told. */
export const CopyRefused: Story = {
  beforeEach() {
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    return () => {
      navigator.clipboard.writeText = original;
    };
  },
  play: async () => {
    const dialog = await findManageDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Copy: Webhook URL' }));
    const input = within(dialog).getByLabelText('Webhook URL') as HTMLTextAreaElement;
    await waitFor(() => expect(input).toHaveAccessibleDescription(/The text is selected/));
    await expect(within(dialog).getByText(/The text is selected/)).toBeVisible();
    await expect(input).toHaveFocus();
    await expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
  },
};

/**
 * Connected, but the vendor has never sent anything: most likely the webhook URL never reached it. Finishing the
 * setup comes first, with the URL and the vendor's steps; the dialog watches for the first event and says when it
 * arrives.
 */
export const FinishSetup: Story = {
  args: { providerId: 'codeinterview', trigger: <HostButton>Manage CodeInterview</HostButton> },
  async beforeEach() {
    await mockServer.mock.backend.connectIntegration(
      { providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY },
      { idempotencyKey: 'story-connect' },
    );
  },
  play: async () => {
    const dialog = await findManageDialog('CodeInterview', 'Finish setup: add the webhook URL');
    const setup = within(dialog).getByRole('region', { name: 'Finish setup: add the webhook URL' });
    await expect(within(setup).getByText(/CodeInterview hasn’t sent any events yet/)).toBeVisible();
    const url = within(setup).getByLabelText('Webhook URL') as HTMLTextAreaElement;
    await expect(url.value).toMatch(/^https:\/\/ats\.example\.com\/webhooks\/assessments\/codeinterview\/[0-9a-f]+$/);
    await expect(url.scrollHeight).toBeLessThanOrEqual(url.clientHeight + 1);
    await expect(within(setup).getByRole('list', { name: 'In CodeInterview' })).toBeVisible();
    await expect(within(dialog).getByText('No events received yet')).toBeVisible();
    await expect(within(dialog).getByText('Dana Ruiz')).toBeVisible();
  },
};

/** The first event arrives while Finish setup is open: the section turns back into the plain webhook details, and that is said. */
export const FinishSetupEventArrives: Story = {
  ...FinishSetup,
  play: async () => {
    const dialog = await findManageDialog('CodeInterview', 'Finish setup: add the webhook URL');
    mockServer.mock.simulator.sendTestWebhook('codeinterview');
    await expect(await within(dialog).findByRole('heading', { name: 'Webhook' }, { timeout: 6000 })).toBeVisible();
    await expect(heard()).toContain('Webhook received: CodeInterview can reach your ATS.');
  },
};

/** The key was revoked: the reason on top, and Replace API key as the primary action. */
export const NeedsAttention: Story = {
  args: { providerId: 'devscreen', trigger: <HostButton>Manage DevScreen</HostButton> },
  play: async () => {
    const dialog = await findManageDialog('DevScreen');
    await expect(within(dialog).getByText('The API key was revoked in DevScreen.')).toBeVisible();
    await expect(within(dialog).getByText('Needs attention')).toBeVisible();
    const replace = within(dialog).getByRole('button', { name: 'Replace API key' });
    await expect(replace).toHaveAttribute('data-variant', 'primary');
    // Whole on open, right under the reason: what a person hits at its top and bottom edges is the button.
    await waitFor(() => {
      const box = replace.getBoundingClientRect();
      for (const y of [box.top + 2, box.bottom - 2]) expect(replace.contains(document.elementFromPoint(box.left + box.width / 2, y))).toBe(true);
    });
  },
};

/** Replace API key opens the enable dialog in replace mode, over this one. */
export const ReplaceKey: Story = {
  play: async () => {
    const dialog = await findManageDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace API key' }));
    const replace = await findDialog('dialog', 'Replace SkillForge API key');
    await expect(within(replace).getByText(/ending in 4f6e keeps working until the new one is verified/)).toBeVisible();
  },
};

/** The confirmation: what happens to assessments already sent, focus on Cancel, a destructive button. */
export const DisconnectConfirm: Story = {
  play: async ({ args }) => {
    const confirm = await openDisconnectConfirm();
    await expect(confirm).toHaveAccessibleDescription(
      'Assessments already sent stay on candidates’ profiles but will stop updating. Recruiters can’t send new SkillForge assessments until you reconnect.',
    );
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await expect(within(confirm).getByRole('button', { name: 'Disconnect SkillForge' })).toHaveAttribute('data-variant', 'danger');
    await expect(args.onDisconnected).not.toHaveBeenCalled();
  },
};

/** Cancel keeps the integration and returns to the Manage dialog. */
export const DisconnectCancelled: Story = {
  play: async ({ args }) => {
    const confirm = await openDisconnectConfirm();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    const dialog = await findManageDialog();
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Disconnect' })).toHaveFocus());
    await expect(args.onDisconnected).not.toHaveBeenCalled();
    await expect((await mockServer.mock.backend.getIntegration('skillforge')).state).toBe('connected');
  },
};

/** Confirmed: the dialogs close, "disconnected" is said, focus returns to the trigger and `onDisconnected` fires. */
export const Disconnected: Story = {
  play: async ({ args, canvasElement }) => {
    const confirm = await openDisconnectConfirm();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Disconnect SkillForge' }));
    // `hidden`: while the confirmation is open, Radix hides the dialog beneath it from the accessibility tree.
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    await expect(heard()).toEqual(['Disconnecting SkillForge…', 'SkillForge is disconnected. Status: Not connected.']);
    await expect(args.onDisconnected).toHaveBeenCalledWith(expect.objectContaining({ state: 'not_connected' }));
    await waitFor(() => expect(within(canvasElement).getByRole('button', { name: 'Manage SkillForge' })).toHaveFocus());
  },
};

/** While the disconnect runs: the button shows progress (and it is said), and the confirmation can't be dismissed. */
export const DisconnectPending: Story = {
  play: async () => {
    const confirm = await openDisconnectConfirm();
    mockServer.setLatency(1_000_000_000);
    const button = within(confirm).getByRole('button', { name: 'Disconnect SkillForge' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    await expect(button).toHaveFocus();
    await expect(heard()).toContain('Disconnecting SkillForge…');
    await userEvent.keyboard('{Escape}');
    await expect(screen.getByRole('alertdialog', { name: 'Disconnect SkillForge?' })).toBeVisible();
  },
};

/** The disconnect fails: the confirmation stays open with the reason; the Disconnect button, still focused, tries again. */
export const DisconnectFailure: Story = {
  play: async ({ args }) => {
    const confirm = await openDisconnectConfirm();
    mockServer.faults.failNext({ status: 503, route: 'disconnectIntegration' });
    const button = within(confirm).getByRole('button', { name: 'Disconnect SkillForge' });
    await userEvent.click(button);
    const alert = await within(confirm).findByRole('alert');
    await expect(alert).toHaveTextContent('Couldn’t disconnect');
    await expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    await expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    await expect(button).toHaveFocus();
    await expect(screen.getByRole('alertdialog', { name: 'Disconnect SkillForge?' })).toBeVisible();
    await expect(args.onDisconnected).not.toHaveBeenCalled();
  },
};

/**
 * The webhook URL got out: Make a new URL asks first (focus on keeping the current one), then the new URL replaces
 * the old in the webhook section with what to do next, and it is said; the old URL is gone from the page.
 */
export const NewWebhookUrl: Story = {
  play: async () => {
    const dialog = await findManageDialog();
    const urlField = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Webhook URL' });
    const oldUrl = urlField.value;
    const trigger = within(dialog).getByRole('button', { name: 'Make a new URL' });
    await userEvent.click(trigger);
    const confirm = await findDialog('alertdialog', 'Replace SkillForge’s webhook URL?');
    await expect(confirm).toHaveAccessibleDescription(
      'The current URL stops working now. SkillForge’s updates are refused until you paste the new URL into its webhook settings.',
    );
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Keep the current URL' })).toHaveFocus());
    await userEvent.click(within(confirm).getByRole('button', { name: 'Make a new URL' }));

    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await expect(await within(dialog).findByText('This is the new URL. Paste it into SkillForge now: the old one no longer works.')).toBeVisible();
    await waitFor(() => expect(urlField.value).not.toBe(oldUrl));
    await expect(urlField.value).toBe((await mockServer.mock.backend.getIntegration('skillforge')).webhookUrl);
    await expect(heard()).toEqual(['Making a new webhook URL…', 'New webhook URL made. Paste it into SkillForge.']);
    await waitFor(() => expect(trigger).toHaveFocus());
  },
};

/** Making the new URL fails: the confirmation stays open with the reason, and the URL in use is unchanged. */
export const NewWebhookUrlFailure: Story = {
  play: async () => {
    const dialog = await findManageDialog();
    const before = (await mockServer.mock.backend.getIntegration('skillforge')).webhookUrl;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make a new URL' }));
    const confirm = await findDialog('alertdialog', 'Replace SkillForge’s webhook URL?');
    mockServer.faults.failNext({ status: 503, route: 'rotateWebhookUrl' });
    const button = within(confirm).getByRole('button', { name: 'Make a new URL' });
    await userEvent.click(button);
    const alert = await within(confirm).findByRole('alert');
    await expect(alert).toHaveTextContent('No new URL was made');
    await expect(button).toHaveFocus();
    await expect((await mockServer.mock.backend.getIntegration('skillforge')).webhookUrl).toBe(before);
  },
};

/** While the connection details load. */
export const Loading: Story = {
  beforeEach() {
    mockServer.setLatency(1_000_000_000);
  },
  play: async () => {
    const dialog = await findDialog('dialog', /^Manage /);
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Loading connection details');
  },
};

/** Opened by someone who may not manage integrations: details only, no replace or disconnect. */
export const ReadOnly: Story = {
  beforeEach() {
    mockServer.reset({ canManageIntegrations: false });
  },
  play: async () => {
    const dialog = await findManageDialog();
    await expect(within(dialog).getByText(/Only admins can connect or change/)).toBeVisible();
    await expect(within(dialog).queryByRole('button', { name: 'Disconnect' })).not.toBeInTheDocument();
    await expect(within(dialog).queryByRole('button', { name: 'Replace API key' })).not.toBeInTheDocument();
  },
};

/** German, for long words and wrapping. */
export const GermanText: Story = {
  args: { trigger: <HostButton>SkillForge verwalten</HostButton> },
  parameters: { kitProvider: { locale: deLocale, text: deText } },
  play: async () => {
    const dialog = await findDialog('dialog', 'SkillForge verwalten');
    await expect(await within(dialog).findByText('vor 3 Stunden')).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'API-Schlüssel ersetzen' })).toBeVisible();
  },
};

/** The dark theme, with the confirmation open over the dialog. */
export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async () => {
    const dialog = await findManageDialog();
    await expect(dialog.closest('[data-ak-theme]')).toHaveAttribute('data-ak-theme', 'dark');
  },
};
