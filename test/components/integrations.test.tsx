import { act, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Politeness } from '../../src/data/kit-context';
import { AssessmentIntegrations } from '../../src/screens/AssessmentIntegrations';
import { ManageIntegrationDialog } from '../../src/screens/ManageIntegrationDialog';
import { MOCK_VALID_API_KEY } from '../../src/mock';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';

/**
 * The card (article) of one provider, found by its heading. `hidden: true` because an open dialog hides the page
 * behind it from assistive technology (aria-hidden), and some tests look at the card behind a dialog.
 */
function card(name: string): HTMLElement {
  return screen.getByRole('article', { name, hidden: true });
}

async function findCard(name: string): Promise<HTMLElement> {
  return screen.findByRole('article', { name });
}

/** What the kit said to screen readers, in order, through the provider's `onAnnounce`. */
let heard: Array<[string, Politeness]>;
const provider = { onAnnounce: (message: string, politeness: Politeness) => heard.push([message, politeness]) };
beforeEach(() => {
  heard = [];
});

/** Waits until every card shows its state (the integrations have loaded). */
async function renderList(ui = <AssessmentIntegrations />, options: Parameters<typeof renderWithKit>[1] = {}) {
  const result = renderWithKit(ui, options);
  await waitFor(() => expect(screen.getAllByText(/^Status: /)).toHaveLength(3));
  return result;
}

describe('AssessmentIntegrations', () => {
  it('shows one card per provider with its state, details and the right action', async () => {
    await renderList();

    const section = screen.getByRole('region', { name: 'Assessments' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Assessments' })).toBeInTheDocument();
    const items = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);

    const codeInterview = card('CodeInterview');
    expect(within(codeInterview).getByRole('heading', { level: 3, name: 'CodeInterview' })).toBeInTheDocument();
    expect(within(codeInterview).getByText('Status: Not connected')).toBeInTheDocument();
    expect(within(codeInterview).getByRole('button', { name: 'Enable integration for CodeInterview' })).toHaveTextContent(
      'Enable integration',
    );
    expect(within(codeInterview).queryByRole('button', { name: /Manage/ })).not.toBeInTheDocument();

    const skillForge = card('SkillForge');
    expect(within(skillForge).getByText('Status: Connected')).toBeInTheDocument();
    expect(within(skillForge).getByText('•••• 4f6e')).toBeInTheDocument();
    expect(within(skillForge).getByText('ending in 4f6e')).toBeInTheDocument();
    expect(within(skillForge).getByText('3 hours ago')).toBeInTheDocument();
    expect(within(skillForge).getByRole('button', { name: 'Manage SkillForge' })).toBeInTheDocument();
    expect(within(skillForge).queryByRole('button', { name: /Enable|Replace/ })).not.toBeInTheDocument();

    const devScreen = card('DevScreen');
    expect(within(devScreen).getByText('Status: Needs attention')).toBeInTheDocument();
    expect(within(devScreen).getByText('The API key was revoked in DevScreen.')).toBeInTheDocument();
    expect(within(devScreen).getByRole('button', { name: 'Replace API key for DevScreen' })).toBeInTheDocument();
    expect(within(devScreen).getByRole('button', { name: 'Manage DevScreen' })).toBeInTheDocument();

    // No read-only sentence for an admin.
    expect(screen.queryByText(/Only admins can connect/)).not.toBeInTheDocument();
  });

  it('uses the configured heading level for the section and one below for the cards', async () => {
    await renderList(<AssessmentIntegrations headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Assessments' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      'CodeInterview',
      'SkillForge',
      'DevScreen',
    ]);
  });

  it('shows the states read-only, with no buttons, to users who may not manage integrations', async () => {
    await renderList(<AssessmentIntegrations />, { seed: { canManageIntegrations: false } });

    expect(screen.getByText(/Only admins can connect or change assessment integrations/)).toBeInTheDocument();
    expect(within(screen.getByRole('list')).queryAllByRole('button')).toHaveLength(0);
    expect(within(card('SkillForge')).getByText('Status: Connected')).toBeInTheDocument();
    expect(within(card('DevScreen')).getByText('An admin needs to replace the API key.')).toBeInTheDocument();
  });

  it('opens the enable dialog; closed at the webhook step, the card says Finish setup (focus lands on it)', async () => {
    const onConnected = vi.fn();
    const { user } = await renderList(<AssessmentIntegrations onConnected={onConnected} />);

    await user.click(within(card('CodeInterview')).getByRole('button', { name: 'Enable integration for CodeInterview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect CodeInterview' });
    await user.type(await within(dialog).findByLabelText('CodeInterview API key'), MOCK_VALID_API_KEY);
    await user.click(within(dialog).getByRole('button', { name: 'Connect CodeInterview' }));

    await within(dialog).findByRole('heading', { name: 'Add the webhook to CodeInterview' });
    expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'codeinterview', state: 'connected' }));
    // The webhook step stays on screen although the card behind it changed state.
    await waitFor(() => expect(within(card('CodeInterview')).getByText('Status: Connected')).toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Connect CodeInterview' })).toBeInTheDocument();

    // Closed before the vendor ever delivered a webhook: the card says what is left, and its first action has focus.
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const codeInterview = card('CodeInterview');
    await waitFor(() => expect(within(codeInterview).getByRole('button', { name: 'Finish setup for CodeInterview' })).toHaveFocus());
    expect(codeInterview).toHaveTextContent('Finish setup: add the webhook URL');
    expect(within(codeInterview).getByRole('button', { name: 'Manage CodeInterview' })).toBeInTheDocument();
  });

  it('opens the enable dialog in replace mode from a card that needs attention', async () => {
    const { user } = await renderList();
    const replace = within(card('DevScreen')).getByRole('button', { name: 'Replace API key for DevScreen' });
    await user.click(replace);
    const dialog = await screen.findByRole('dialog', { name: 'Replace DevScreen API key' });
    expect(within(dialog).getByText(/keeps working until the new one is verified/)).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(replace).toHaveFocus());
  });

  it('shows skeleton cards while loading: the section is busy and reads “Loading integrations”, without a live region', async () => {
    mockServer.setLatency(60_000);
    renderWithKit(<AssessmentIntegrations />);
    const section = screen.getByRole('region', { name: 'Assessments' });
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(section).toHaveTextContent('Loading integrations');
    expect(section.querySelector('[role="status"], [aria-live]')).toBeNull();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows an empty state when there are no providers', async () => {
    mswServer.use(http.get(`${API_BASE_URL}/providers`, () => HttpResponse.json({ providers: [] })));
    renderWithKit(<AssessmentIntegrations />);
    expect(await screen.findByText('No assessment vendors yet')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows an error with a retry that refetches the list; the button stays while it runs, then focus goes to the heading', async () => {
    mockServer.faults.failNext({ status: 503, route: 'listProviders' });
    const { user } = renderWithKit(<AssessmentIntegrations />);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load assessment integrations');
    expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.');

    mockServer.setLatency(800);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await user.click(retry);
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    expect(retry).toHaveFocus();
    expect(await screen.findByRole('article', { name: 'SkillForge' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Assessments' })).toHaveFocus());
  });

  it('shows a failed card inline with a retry for that card only', async () => {
    mswServer.use(
      http.get(
        `${API_BASE_URL}/integrations/devscreen`,
        () => HttpResponse.json({ error: { code: 'server', message: 'Injected' } }, { status: 500 }),
        { once: true },
      ),
    );
    const { user } = renderWithKit(<AssessmentIntegrations />);

    const devScreen = await findCard('DevScreen');
    const alert = await within(devScreen).findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t load the connection status.');
    // The other cards are unaffected.
    await waitFor(() => expect(within(card('SkillForge')).getByText('Status: Connected')).toBeInTheDocument());
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Try again to load DevScreen' }));
    expect(await within(devScreen).findByText('Status: Needs attention')).toBeInTheDocument();
    expect(within(devScreen).queryByRole('alert')).not.toBeInTheDocument();
    // The focused Try again went with the error: focus moves to the card's first action.
    await waitFor(() => expect(within(devScreen).getByRole('button', { name: 'Replace API key for DevScreen' })).toHaveFocus());
  });
});

describe('Manage', () => {
  it('shows the key only as its last characters, who connected it, the webhook URL with Copy and the steps', async () => {
    const { user } = await renderList();
    const webhookUrl = (await mockServer.mock.backend.getIntegration('skillforge')).webhookUrl!;

    await user.click(within(card('SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Manage SkillForge' });

    expect(within(dialog).getByText('•••• 4f6e')).toBeInTheDocument();
    expect(within(dialog).getByText('Priya Natarajan')).toBeInTheDocument();
    expect(within(dialog).getByText(/^22 Sept?$/)).toBeInTheDocument();
    expect(within(dialog).getByText('3 hours ago')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Webhook URL')).toHaveValue(webhookUrl);
    expect(within(dialog).getByRole('button', { name: 'Copy: Webhook URL' })).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toContain('Click Add endpoint and paste the URL');
    expect(within(dialog).getByText(/current key keeps working until the new one is verified/)).toBeInTheDocument();
    // The key itself never reaches the page.
    expect(document.body.textContent).not.toContain('sf_live_7d3e9a1c52b04f6e');
  });

  it('says when no webhook event has arrived yet, and puts finishing the setup first', async () => {
    await mockServer.mock.backend.connectIntegration(
      { providerId: 'codeinterview', apiKey: MOCK_VALID_API_KEY },
      { idempotencyKey: 'connect-1' },
    );
    renderWithKit(<ManageIntegrationDialog providerId="codeinterview" defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Manage CodeInterview' });
    expect(await within(dialog).findByText('No events received yet')).toBeInTheDocument();
    expect(within(dialog).getByText('Dana Ruiz')).toBeInTheDocument();
    const headings = within(dialog).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings[0]).toBe('Finish setup: add the webhook URL');
    expect(headings).not.toContain('Webhook');
  });

  it('offers a new webhook URL only where the backend can make one, and only to those who manage integrations', async () => {
    const first = renderWithKit(<ManageIntegrationDialog providerId="skillforge" defaultOpen />);
    const dialog = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    expect(await within(dialog).findByRole('button', { name: 'Make a new URL' })).toBeInTheDocument();
    first.unmount();

    // A host's own backend without `rotateWebhookUrl`: the section isn't there, the rest of Manage is.
    const { rotateWebhookUrl: _rotate, ...withoutRotation } = createHttpAdapter({ baseUrl: API_BASE_URL });
    const second = render(
      <AssessmentKitProvider backend={withoutRotation} queryClient={createKitQueryClient({ retry: false })}>
        <ManageIntegrationDialog providerId="skillforge" defaultOpen />
      </AssessmentKitProvider>,
    );
    const withoutIt = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    expect(await within(withoutIt).findByRole('button', { name: 'Replace API key' })).toBeInTheDocument();
    expect(within(withoutIt).queryByRole('button', { name: 'Make a new URL' })).toBeNull();
    second.unmount();

    renderWithKit(<ManageIntegrationDialog providerId="skillforge" defaultOpen />, { seed: { canManageIntegrations: false } });
    const readOnly = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    await within(readOnly).findByRole('textbox', { name: 'Webhook URL' });
    expect(within(readOnly).queryByRole('button', { name: 'Make a new URL' })).toBeNull();
  });

  it('copies the webhook URL', async () => {
    const { user } = await renderList();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(card('SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    await user.click(within(dialog).getByRole('button', { name: 'Copy: Webhook URL' }));
    const webhookUrl = (await mockServer.mock.backend.getIntegration('skillforge')).webhookUrl;
    expect(writeText).toHaveBeenCalledWith(webhookUrl);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Copied: Webhook URL' })).toHaveTextContent('Copied'));
  });

  it('disconnects only after confirmation; Cancel keeps the integration; progress and the result are said', async () => {
    const onDisconnected = vi.fn();
    const { user } = await renderList(<AssessmentIntegrations onDisconnected={onDisconnected} />, { provider });

    await user.click(within(card('SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const manage = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    const disconnectButton = within(manage).getByRole('button', { name: 'Disconnect' });
    await user.click(disconnectButton);

    const confirm = await screen.findByRole('alertdialog', { name: 'Disconnect SkillForge?' });
    expect(confirm).toHaveAccessibleDescription(
      'Assessments already sent stay on candidates’ profiles but will stop updating. Recruiters can’t send new SkillForge assessments until you reconnect.',
    );
    const cancel = within(confirm).getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();

    await user.click(cancel);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('dialog', { name: 'Manage SkillForge' })).toBeInTheDocument();
    await waitFor(() => expect(disconnectButton).toHaveFocus());
    expect((await mockServer.mock.backend.getIntegration('skillforge')).state).toBe('connected');

    await user.click(disconnectButton);
    const again = await screen.findByRole('alertdialog', { name: 'Disconnect SkillForge?' });
    expect(heard).toEqual([]);
    await user.click(within(again).getByRole('button', { name: 'Disconnect SkillForge' }));
    await waitFor(() =>
      expect(heard).toEqual([
        ['Disconnecting SkillForge…', 'polite'],
        ['SkillForge is disconnected. Status: Not connected.', 'polite'],
      ]),
    );

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(card('SkillForge')).getByText('Status: Not connected')).toBeInTheDocument();
    expect(onDisconnected).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'skillforge', state: 'not_connected' }));
    expect((await mockServer.mock.backend.getIntegration('skillforge')).state).toBe('not_connected');
    // The Manage button is gone: focus moves to the card's new action instead of the page.
    await waitFor(() => expect(within(card('SkillForge')).getByRole('button', { name: 'Enable integration for SkillForge' })).toHaveFocus());
  });

  it('keeps the confirmation open with the error when disconnecting fails; the same button, still focused, tries again', async () => {
    const { user } = await renderList(<AssessmentIntegrations />, { provider });
    await user.click(within(card('SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const manage = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    await user.click(within(manage).getByRole('button', { name: 'Disconnect' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Disconnect SkillForge?' });

    mockServer.faults.failNext({ status: 503, route: 'disconnectIntegration' });
    const button = within(confirm).getByRole('button', { name: 'Disconnect SkillForge' });
    await user.click(button);

    const alert = await within(confirm).findByRole('alert');
    expect(alert).toHaveTextContent('Couldn’t disconnect');
    expect(alert).toHaveTextContent('Something went wrong on our side.');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(screen.getByRole('alertdialog', { name: 'Disconnect SkillForge?' })).toBeInTheDocument();
    expect(within(card('SkillForge')).getByText('Status: Connected')).toBeInTheDocument();
    expect(heard).toEqual([['Disconnecting SkillForge…', 'polite']]);

    await user.click(button);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(card('SkillForge')).getByText('Status: Not connected')).toBeInTheDocument();
    expect(heard.at(-1)).toEqual(['SkillForge is disconnected. Status: Not connected.', 'polite']);
  });

  it('can’t be dismissed while the disconnect runs: a held Escape says it is still disconnecting, once', async () => {
    const { user } = await renderList(<AssessmentIntegrations />, { provider });
    await user.click(within(card('SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const manage = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    await user.click(within(manage).getByRole('button', { name: 'Disconnect' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Disconnect SkillForge?' });

    mockServer.setLatency(60_000);
    const button = within(confirm).getByRole('button', { name: 'Disconnect SkillForge' });
    await user.click(button);
    await waitFor(() => expect(button).toHaveAttribute('aria-busy', 'true'));
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    await user.keyboard('{Escape}');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('alertdialog', { name: 'Disconnect SkillForge?' })).toBeInTheDocument();
    // Once when it started, once for the held Escape: not for every press.
    expect(heard).toEqual([
      ['Disconnecting SkillForge…', 'polite'],
      ['Disconnecting SkillForge…', 'polite'],
    ]);
  });

  it('reopens the confirmation fresh after a failed disconnect: no old error', async () => {
    const { user } = await renderList();
    await user.click(within(card('SkillForge')).getByRole('button', { name: 'Manage SkillForge' }));
    const manage = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    const disconnect = within(manage).getByRole('button', { name: 'Disconnect' });
    await user.click(disconnect);
    const confirm = await screen.findByRole('alertdialog', { name: 'Disconnect SkillForge?' });
    mockServer.faults.failNext({ status: 503, route: 'disconnectIntegration' });
    await user.click(within(confirm).getByRole('button', { name: 'Disconnect SkillForge' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent('Couldn’t disconnect');

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(disconnect).toHaveFocus();
    await user.click(disconnect);
    const again = await screen.findByRole('alertdialog', { name: 'Disconnect SkillForge?' });
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('holds Replace API key open while the new key is checked (Escape says so, once), says the result, and reopens empty', async () => {
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    mswServer.use(
      http.put(`${API_BASE_URL}/integrations/devscreen/api-key`, async ({ request }) => {
        const { apiKey } = (await request.json()) as { apiKey: string };
        const result = await mockServer.mock.backend.replaceApiKey(
          { providerId: 'devscreen', apiKey },
          { idempotencyKey: request.headers.get('Idempotency-Key') ?? '' },
        );
        await gate;
        return HttpResponse.json(result);
      }),
    );
    const onKeyReplaced = vi.fn();
    const { user } = renderWithKit(<ManageIntegrationDialog providerId="devscreen" defaultOpen onKeyReplaced={onKeyReplaced} />, {
      provider,
    });
    const manage = await screen.findByRole('dialog', { name: 'Manage DevScreen' });
    const replaceButton = await within(manage).findByRole('button', { name: 'Replace API key' });
    await user.click(replaceButton);
    const replace = await screen.findByRole('dialog', { name: 'Replace DevScreen API key' });
    const field = await within(replace).findByLabelText('DevScreen API key');
    await user.type(field, MOCK_VALID_API_KEY);
    await user.click(within(replace).getByRole('button', { name: 'Verify new key' }));
    await waitFor(() => expect(within(replace).getByRole('button', { name: 'Verify new key' })).toHaveAttribute('aria-busy', 'true'));

    expect(within(replace).getByRole('button', { name: 'Cancel' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(replace).queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.keyboard('{Escape}');
    await user.click(within(replace).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('dialog', { name: 'Replace DevScreen API key' })).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Manage DevScreen', hidden: true })).toBeInTheDocument();
    expect(heard).toEqual([
      ['Checking the key with DevScreen…', 'polite'],
      ['Checking the key with DevScreen…', 'polite'],
    ]);

    answer();
    const done = await within(replace).findByRole('heading', { name: 'DevScreen now uses the new key' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(heard.at(-1)).toEqual([expect.stringMatching(/^DevScreen accepted the key/), 'polite']);
    expect(onKeyReplaced).toHaveBeenCalledTimes(1);

    await user.click(within(replace).getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Replace DevScreen API key' })).not.toBeInTheDocument());
    await waitFor(() => expect(replaceButton).toHaveFocus());
    await user.click(replaceButton);
    const reopened = await screen.findByRole('dialog', { name: 'Replace DevScreen API key' });
    expect(await within(reopened).findByLabelText('DevScreen API key')).toHaveValue('');
  });

  it('can be used on its own, controlled by a trigger, and closes after disconnecting', async () => {
    const onDisconnected = vi.fn();
    const { user } = renderWithKit(
      <ManageIntegrationDialog providerId="devscreen" trigger={<button type="button">Open</button>} onDisconnected={onDisconnected} />,
    );
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = await screen.findByRole('dialog', { name: 'Manage DevScreen' });
    expect(await within(dialog).findByText('The API key was revoked in DevScreen.')).toBeInTheDocument();
    expect(within(dialog).getByText('•••• d43c')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await user.click(await screen.findByRole('button', { name: 'Disconnect DevScreen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onDisconnected).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus());
  });

  it('works from the keyboard alone: Tab to Manage, Enter opens, Escape closes and returns focus', async () => {
    const { user } = await renderList();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Enable integration for CodeInterview' })).toHaveFocus();
    await user.tab();
    const manage = screen.getByRole('button', { name: 'Manage SkillForge' });
    expect(manage).toHaveFocus();

    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Manage SkillForge' });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(manage).toHaveFocus());

    // Tab order continues into the needs-attention card: the fix comes first.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Replace API key for DevScreen' })).toHaveFocus();
  });
});

describe('Finish setup: connected, but the vendor never delivered a webhook', () => {
  it('Finish setup opens Manage at the webhook URL, with Copy and the vendor’s steps; closing returns focus to it', async () => {
    // Connected, but no event ever arrived (the check can't be cancelled any more: the admin closed at the webhook step).
    const { user } = await renderList(<AssessmentIntegrations />, { seed: { integrationStates: { codeinterview: 'connected' } } });
    const codeInterview = card('CodeInterview');
    expect(codeInterview).toHaveTextContent(
      'Finish setup: add the webhook URL CodeInterview hasn’t sent any events yet, so candidate statuses won’t update by themselves. Add the webhook URL in CodeInterview.',
    );
    const finish = within(codeInterview).getByRole('button', { name: 'Finish setup for CodeInterview' });

    await user.click(finish);
    const manage = await screen.findByRole('dialog', { name: 'Manage CodeInterview' });
    const setup = within(manage).getByRole('region', { name: 'Finish setup: add the webhook URL' });
    const webhookUrl = (await mockServer.mock.backend.getIntegration('codeinterview')).webhookUrl;
    expect(within(setup).getByLabelText('Webhook URL')).toHaveValue(webhookUrl);
    expect(within(setup).getByRole('button', { name: 'Copy: Webhook URL' })).toBeInTheDocument();
    expect(within(within(setup).getByRole('list', { name: 'In CodeInterview' })).getAllByRole('listitem')).toHaveLength(3);

    // Closing Manage returns focus to the button that opened it.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(finish).toHaveFocus();
  });

  it('Manage watches for the first event and says when it arrives; the card then drops Finish setup', async () => {
    const { user } = await renderList(<AssessmentIntegrations />, {
      provider,
      seed: { integrationStates: { codeinterview: 'connected' } },
    });
    await user.click(within(card('CodeInterview')).getByRole('button', { name: 'Finish setup for CodeInterview' }));
    const manage = await screen.findByRole('dialog', { name: 'Manage CodeInterview' });
    await within(manage).findByRole('heading', { name: 'Finish setup: add the webhook URL' });

    act(() => void mockServer.mock.simulator.sendTestWebhook('codeinterview'));
    expect(await within(manage).findByRole('heading', { name: 'Webhook' })).toBeInTheDocument();
    expect(heard).toEqual([['Webhook received: CodeInterview can reach your ATS.', 'polite']]);

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const codeInterview = card('CodeInterview');
    expect(codeInterview).not.toHaveTextContent('Finish setup');
    expect(within(codeInterview).queryByRole('button', { name: /Finish setup/ })).not.toBeInTheDocument();
    // The button that opened Manage is gone: focus lands on Manage instead of the page.
    await waitFor(() => expect(within(codeInterview).getByRole('button', { name: 'Manage CodeInterview' })).toHaveFocus());
  }, 15_000);

  it('tells users who can’t manage integrations that an admin needs to finish it', async () => {
    await renderList(<AssessmentIntegrations />, {
      seed: { canManageIntegrations: false, integrationStates: { codeinterview: 'connected' } },
    });
    const codeInterview = card('CodeInterview');
    expect(codeInterview).toHaveTextContent('Finish setup: add the webhook URL An admin needs to add the webhook URL.');
    expect(within(codeInterview).queryByRole('button')).not.toBeInTheDocument();
  });
});
