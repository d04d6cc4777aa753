import { act, screen, waitFor, within } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { EnableIntegrationDialog, WebhookInstructions } from '../../src/components/enable-integration';
import type { Integration } from '../../src/domain';
import { MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY } from '../../src/mock';
import { mockServer, mswServer, renderWithKit } from '../support/kit';

/** Every request to the connect / replace-key routes, with its body and idempotency key. */
function recordKeyRequests() {
  const seen: Array<{ method: string; path: string; body: unknown; idempotencyKey: string | null }> = [];
  const pending: Array<Promise<void>> = [];
  const listener = ({ request }: { request: Request }) => {
    const path = new URL(request.url).pathname;
    if (!/\/integrations\/[^/]+\/(connect|api-key)$/.test(path)) return;
    const entry = { method: request.method, path, body: null as unknown, idempotencyKey: request.headers.get('Idempotency-Key') };
    seen.push(entry);
    pending.push(
      request
        .clone()
        .json()
        .then((body: unknown) => {
          entry.body = body;
        }),
    );
  };
  mswServer.events.on('request:start', listener);
  return {
    seen,
    bodies: async () => {
      await Promise.all(pending);
      return seen.map((entry) => entry.body);
    },
    stop: () => mswServer.events.removeListener('request:start', listener),
  };
}

let requests: ReturnType<typeof recordKeyRequests>;
beforeEach(() => {
  requests = recordKeyRequests();
});
afterEach(() => {
  requests.stop();
});

/** A controlled dialog with a button outside it that reopens it. */
function ReopenableDialog() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Reopen
      </button>
      <EnableIntegrationDialog providerId="codeinterview" open={open} onOpenChange={setOpen} />
    </>
  );
}

async function findKeyField(providerName = 'CodeInterview') {
  return screen.findByLabelText(`${providerName} API key`, { selector: 'input' });
}

function connectButton() {
  return screen.getByRole('button', { name: 'Connect CodeInterview' });
}

async function findWebhookHeading(providerName = 'CodeInterview') {
  return screen.findByRole('heading', { name: `Add the webhook to ${providerName}` });
}

/** What outlives the dialog: both TanStack caches (keys, data, variables, errors), storage and the URL. */
function cachesAndStorage(queryClient: QueryClient): string {
  return JSON.stringify([
    queryClient.getQueryCache().getAll().map((query) => [query.queryKey, query.state.data, String(query.state.error)]),
    queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => [
        mutation.options.mutationKey,
        mutation.state.variables,
        mutation.state.data,
        mutation.state.error ? `${mutation.state.error.message} ${String(mutation.state.error.cause)}` : null,
      ]),
    Object.entries(localStorage),
    Object.entries(sessionStorage),
    window.location.href,
  ]);
}

/** Everything the kit could have kept: the above, plus the page (markup and every input's live value). */
function everythingKept(queryClient: QueryClient): string {
  const inputValues = Array.from(document.querySelectorAll('input')).map((input) => input.value);
  return JSON.stringify([cachesAndStorage(queryClient), document.body.innerHTML, inputValues]);
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
function spyOnConsole() {
  const spies = consoleMethods.map((method) => vi.spyOn(console, method));
  return {
    calls: () => spies.flatMap((spy: MockInstance) => spy.mock.calls),
    restore: () => spies.forEach((spy) => spy.mockRestore()),
  };
}

describe('EnableIntegrationDialog: happy path', () => {
  it('connects with a key, shows the webhook URL to copy, notices the first webhook and finishes', async () => {
    const onConnected = vi.fn();
    const onOpenChange = vi.fn();
    const { user, queryClient } = renderWithKit(
      <EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} onOpenChange={onOpenChange} />,
    );

    const dialog = await screen.findByRole('dialog', { name: 'Connect CodeInterview' });
    expect(within(dialog).getByText('Step 1 of 3')).toBeInTheDocument();
    const field = await findKeyField();
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveAttribute('autocomplete', 'new-password');
    const whereToFind = within(dialog).getByRole('list', { name: 'Where to find it in CodeInterview' });
    expect(within(whereToFind).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Sign in to CodeInterview',
      'Click your profile icon',
      'Open Integrations and copy the API key',
    ]);

    await user.type(field, MOCK_VALID_API_KEY);
    await user.click(connectButton());

    const heading = await findWebhookHeading();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(within(dialog).getByText('Step 2 of 3')).toBeInTheDocument();
    expect(onConnected).toHaveBeenCalledTimes(1);
    const connected = onConnected.mock.calls[0]![0] as Integration;
    expect(connected).toMatchObject({ providerId: 'codeinterview', state: 'connected', apiKeySuffix: '5a3f' });

    // The URL is read-only and copies to the clipboard.
    const url = within(dialog).getByLabelText('Webhook URL');
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveValue(connected.webhookUrl);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await user.click(within(dialog).getByRole('button', { name: 'Copy: Webhook URL' }));
    expect(writeText).toHaveBeenCalledWith(connected.webhookUrl);
    expect(await within(dialog).findAllByText('Copied')).not.toHaveLength(0);

    const vendorSteps = within(dialog).getByRole('list', { name: 'In CodeInterview' });
    expect(within(vendorSteps).getAllByRole('listitem')).toHaveLength(3);
    expect(within(dialog).getByRole('link', { name: /CodeInterview webhook documentation/ })).toHaveAttribute(
      'href',
      'https://codeinterview.io/docs/api',
    );

    // Waiting, then the vendor's first event arrives (the dialog polls the integration).
    expect(within(dialog).getByText('Waiting for the first webhook event…').closest('[role="status"]')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    mockServer.mock.simulator.sendTestWebhook('codeinterview');
    expect(await within(dialog).findByText('Webhook received', {}, { timeout: 5000 })).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    const doneHeading = await screen.findByRole('heading', { name: 'CodeInterview is connected' });
    await waitFor(() => expect(doneHeading).toHaveFocus());
    expect(within(dialog).getByText('Step 3 of 3')).toBeInTheDocument();
    expect(within(dialog).getByText('Ending in 5a3f')).toBeInTheDocument();
    expect(within(dialog).getByText('Receiving events')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    // onConnected fired on verification, not again on Finish.
    expect(onConnected).toHaveBeenCalledTimes(1);
    expect(requests.seen).toHaveLength(1);
    expect(requests.seen[0]).toMatchObject({ method: 'POST', path: '/api/integrations/codeinterview/connect' });

    // The card elsewhere reads Connected from the same cache entry.
    const cached = queryClient
      .getQueryCache()
      .getAll()
      .find((query) => JSON.stringify(query.queryKey).includes('"integration","codeinterview"'));
    expect(cached?.state.data).toMatchObject({ state: 'connected' });
  });

  it('trims spaces from a pasted key and from a typed one before sending it', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    await user.click(field);
    await user.paste(`  ${MOCK_VALID_API_KEY}\n`);
    expect(field).toHaveValue(MOCK_VALID_API_KEY);

    await user.type(field, '   ');
    await user.click(connectButton());
    await findWebhookHeading();
    expect(await requests.bodies()).toEqual([{ apiKey: MOCK_VALID_API_KEY }]);
  });

  it('shows and hides the key with a pressed toggle that says what it does', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    const toggle = screen.getByRole('button', { name: 'Show API key' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('type', 'text');
    await user.click(toggle);
    expect(field).toHaveAttribute('type', 'password');
  });
});

describe('EnableIntegrationDialog: failures', () => {
  it('asks for the key when the field is empty, without a request', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    await user.type(field, '   ');
    await user.click(connectButton());
    expect(await screen.findByText('Enter your CodeInterview API key.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(requests.seen).toHaveLength(0);
  });

  it('puts a rejected key’s message on the field, naming the vendor, and focuses the field', async () => {
    const onConnected = vi.fn();
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} />);
    const field = await findKeyField();
    await user.type(field, MOCK_INVALID_API_KEY);
    await user.click(connectButton());

    const message = await screen.findByText(/CodeInterview didn’t accept this key/);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field.getAttribute('aria-describedby')).toContain(message.closest('p')!.id);
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue(MOCK_INVALID_API_KEY);
    expect(onConnected).not.toHaveBeenCalled();

    // Typing a correction clears the vendor's verdict.
    await user.type(field, 'x');
    expect(screen.queryByText(/CodeInterview didn’t accept this key/)).not.toBeInTheDocument();
  });

  it('says when to retry, counts down, and holds Connect until the vendor’s wait is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, {
        userOptions: { advanceTimers: vi.advanceTimersByTime },
      });
      await user.type(await findKeyField(), MOCK_RATE_LIMITED_API_KEY);
      await user.click(connectButton());
      expect(await screen.findByText('CodeInterview is limiting key checks')).toBeInTheDocument();
      expect(screen.getAllByText('Too many attempts in a short time. Try again in 30 seconds.')).not.toHaveLength(0);
      expect(await findKeyField()).toHaveValue(MOCK_RATE_LIMITED_API_KEY);

      // Pressing Connect during the wait spends no attempt.
      expect(connectButton()).toHaveAttribute('aria-disabled', 'true');
      await user.click(connectButton());
      expect(requests.seen).toHaveLength(1);

      act(() => vi.advanceTimersByTime(10_000));
      expect(await screen.findByText('Too many attempts in a short time. Try again in 20 seconds.')).toBeInTheDocument();

      act(() => vi.advanceTimersByTime(20_000));
      expect(await screen.findAllByText('You can try again now.')).not.toHaveLength(0);
      expect(connectButton()).not.toHaveAttribute('aria-disabled');
      await user.click(connectButton());
      await waitFor(() => expect(requests.seen).toHaveLength(2));
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers Try again after a network failure, keeps the key, and retries with the same idempotency key', async () => {
    const onConnected = vi.fn();
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} />);
    mockServer.faults.networkErrorNext({ route: 'connectIntegration' });
    const field = await findKeyField();
    await user.type(field, MOCK_VALID_API_KEY);
    await user.click(connectButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t verify the key');
    expect(alert).toHaveTextContent('We couldn’t reach the server. Check your connection and try again.');
    expect(field).toHaveValue(MOCK_VALID_API_KEY);
    expect(alert).not.toHaveTextContent(MOCK_VALID_API_KEY);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findWebhookHeading();
    expect(onConnected).toHaveBeenCalledTimes(1);
    expect(requests.seen).toHaveLength(2);
    expect(requests.seen[1]!.idempotencyKey).toBe(requests.seen[0]!.idempotencyKey);
  });

  it('shows a form-level error with Try again when the server fails (503)', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    mockServer.faults.failNext({ status: 503, route: 'connectIntegration' });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('explains a forbidden answer without offering a pointless retry', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, {
      seed: { canManageIntegrations: false },
    });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You can’t connect this integration');
    expect(alert).toHaveTextContent('You don’t have permission to do this. Ask an admin.');
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('tells a signed-out user to sign in again, and lets them retry', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    mockServer.faults.failNext({ status: 401, route: 'connectIntegration' });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired. Sign in again and retry.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findWebhookHeading()).toBeInTheDocument();
  });
});

describe('EnableIntegrationDialog: one verification per intent', () => {
  it('locks the field and sends one request for a double click', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    await user.type(field, MOCK_VALID_API_KEY);
    mockServer.setLatency(150);
    await user.dblClick(connectButton());

    await waitFor(() => expect(connectButton()).toHaveAttribute('aria-busy', 'true'));
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAttribute('aria-disabled', 'true');
    expect(field).not.toBeDisabled();
    await user.click(connectButton());

    await findWebhookHeading();
    expect(requests.seen).toHaveLength(1);
  });

  it('sends one request for Enter pressed twice', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    mockServer.setLatency(100);
    const field = await findKeyField();
    await user.type(field, `${MOCK_VALID_API_KEY}{Enter}{Enter}`);
    await user.keyboard('{Enter}');
    await findWebhookHeading();
    expect(requests.seen).toHaveLength(1);
  });
});

describe('EnableIntegrationDialog: keyboard only', () => {
  function WithTrigger() {
    return (
      <EnableIntegrationDialog providerId="codeinterview" trigger={<button type="button">Enable CodeInterview</button>} />
    );
  }

  async function tabTo(user: ReturnType<typeof renderWithKit>['user'], name: string) {
    for (let i = 0; i < 12; i += 1) {
      await user.tab();
      if (document.activeElement === screen.queryByRole('button', { name })) return;
    }
    throw new Error(`Tab never reached "${name}"`);
  }

  it('completes the whole flow with Tab and Enter, and focus returns to the trigger', async () => {
    const { user } = renderWithKit(<WithTrigger />);
    await user.tab();
    const trigger = screen.getByRole('button', { name: 'Enable CodeInterview' });
    expect(trigger).toHaveFocus();
    await user.keyboard('{Enter}');

    const field = await findKeyField();
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard(`${MOCK_VALID_API_KEY}{Enter}`);

    const heading = await findWebhookHeading();
    await waitFor(() => expect(heading).toHaveFocus());
    await tabTo(user, 'Continue');
    await user.keyboard('{Enter}');

    const done = await screen.findByRole('heading', { name: 'CodeInterview is connected' });
    await waitFor(() => expect(done).toHaveFocus());
    await tabTo(user, 'Finish');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    expect(requests.seen).toHaveLength(1);
  });

  it('closes on Escape with focus back on the trigger, and reopens with an empty field', async () => {
    const { user } = renderWithKit(<WithTrigger />);
    await user.tab();
    await user.keyboard('{Enter}');
    const field = await findKeyField();
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard(MOCK_INVALID_API_KEY);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const trigger = screen.getByRole('button', { name: 'Enable CodeInterview' });
    expect(trigger).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(await findKeyField()).toHaveValue('');
  });
});

describe('EnableIntegrationDialog: the key stays secret', () => {
  it('keeps the key out of the caches, storage, the URL, the console, error messages and the page', async () => {
    const console = spyOnConsole();
    try {
      const { user, queryClient } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);

      // A failure first: the error (cached by the mutation and shown) must not quote the key.
      mockServer.faults.failNext({ status: 503, route: 'connectIntegration' });
      const field = await findKeyField();
      await user.type(field, MOCK_VALID_API_KEY);
      await user.click(connectButton());
      await screen.findByRole('alert');
      const whileTyped = everythingKept(queryClient);
      // The only place the key may be is the field's live value, while its step is on screen.
      expect(whileTyped.split(MOCK_VALID_API_KEY)).toHaveLength(2);
      expect(document.body.innerHTML).not.toContain(MOCK_VALID_API_KEY);

      await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Try again' }));
      await findWebhookHeading();
      mockServer.mock.simulator.sendTestWebhook('codeinterview');
      await screen.findByText('Webhook received', {}, { timeout: 5000 });

      expect(everythingKept(queryClient)).not.toContain(MOCK_VALID_API_KEY);
      expect(JSON.stringify(console.calls().map((args) => args.map(String)))).not.toContain(MOCK_VALID_API_KEY);
    } finally {
      console.restore();
    }
  });

  it('keeps a rejected key out of every error message', async () => {
    const { user, queryClient } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    await user.type(field, MOCK_INVALID_API_KEY);
    await user.click(connectButton());
    await screen.findByText(/CodeInterview didn’t accept this key/);
    const errors = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state.error);
    expect(errors.some((error) => error !== null)).toBe(true);
    for (const error of errors) {
      expect(`${error?.message} ${JSON.stringify(error)} ${String(error?.cause)}`).not.toContain(MOCK_INVALID_API_KEY);
    }
    expect(document.body.innerHTML).not.toContain(MOCK_INVALID_API_KEY);
  });

  it('clears the form on close: reopening shows an empty field and no old error', async () => {
    const { user } = renderWithKit(<ReopenableDialog />);
    const field = await findKeyField();
    await user.type(field, MOCK_INVALID_API_KEY);
    await user.click(connectButton());
    await screen.findByText(/CodeInterview didn’t accept this key/);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Reopen' }));

    expect(await findKeyField()).toHaveValue('');
    expect(screen.queryByText(/CodeInterview didn’t accept this key/)).not.toBeInTheDocument();
    expect(screen.getByText('Step 1 of 3')).toBeInTheDocument();
  });

  it('starts over at an empty step 1 when reopened after a successful connection', async () => {
    const { user } = renderWithKit(<ReopenableDialog />);
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    await findWebhookHeading();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(await findKeyField()).toHaveValue('');
  });

  it('leaves nothing behind when unmounted mid-entry', async () => {
    const { user, unmount, queryClient } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    unmount();
    expect(document.body.innerHTML).not.toContain(MOCK_VALID_API_KEY);
    expect(everythingKept(queryClient)).not.toContain(MOCK_VALID_API_KEY);
    expect(requests.seen).toHaveLength(0);
  });
});

describe('EnableIntegrationDialog: signing secret and replace mode', () => {
  it('shows a signing secret once and keeps the dialog open until the admin confirms saving it', async () => {
    const { user, queryClient } = renderWithKit(<EnableIntegrationDialog providerId="skillforge" defaultOpen />, {
      seed: { integrationStates: { skillforge: 'not_connected' } },
    });
    await user.type(await findKeyField('SkillForge'), MOCK_VALID_API_KEY);
    await user.click(screen.getByRole('button', { name: 'Connect SkillForge' }));
    await findWebhookHeading('SkillForge');

    const secret = screen.getByLabelText('Signing secret') as HTMLInputElement;
    expect(secret.value).toMatch(/^whsec_/);
    expect(secret).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Copy: Signing secret' })).toBeInTheDocument();
    expect(screen.getByText(/Save the signing secret and tick the box before leaving/)).toBeInTheDocument();
    // The secret is on screen, but in no cache and no storage.
    expect(cachesAndStorage(queryClient)).not.toContain(secret.value);
    expect(cachesAndStorage(queryClient)).not.toContain(MOCK_VALID_API_KEY);

    // No close button, Escape does nothing.
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    // Continue without confirming: told why, and taken to the box.
    const confirm = screen.getByRole('checkbox', { name: 'I have saved the signing secret' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Tick the box once you have saved the secret.')).toBeInTheDocument();
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAttribute('aria-invalid', 'true');

    await user.click(confirm);
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'SkillForge is connected' })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('whsec_');
  });

  it('replaces the key of a connected integration through the replace route', async () => {
    const onConnected = vi.fn();
    const { user } = renderWithKit(
      <EnableIntegrationDialog providerId="skillforge" mode="replace" defaultOpen onConnected={onConnected} />,
    );
    expect(await screen.findByRole('dialog', { name: 'Replace SkillForge API key' })).toBeInTheDocument();
    expect(await screen.findByText(/The current key ending in 4f6e keeps working until the new one is verified/)).toBeInTheDocument();
    await user.type(await findKeyField('SkillForge'), MOCK_VALID_API_KEY);
    await user.click(screen.getByRole('button', { name: 'Verify new key' }));
    await findWebhookHeading('SkillForge');
    expect(screen.getByText(/Your webhook URL has not changed/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Signing secret')).not.toBeInTheDocument();
    expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'skillforge', apiKeySuffix: '5a3f' }));
    expect(requests.seen).toEqual([expect.objectContaining({ method: 'PUT', path: '/api/integrations/skillforge/api-key' })]);
  });

  it('uses overridden text, from the provider and the component', async () => {
    const { user } = renderWithKit(
      <EnableIntegrationDialog
        providerId="codeinterview"
        defaultOpen
        text={{ enableIntegration: { apiKey: { submit: (provider) => `${provider} verbinden` } } }}
      />,
      { provider: { text: { enableIntegration: { apiKey: { required: () => 'Schlüssel fehlt.' } } } } },
    );
    await findKeyField();
    await user.click(screen.getByRole('button', { name: 'CodeInterview verbinden' }));
    expect(await screen.findByText('Schlüssel fehlt.')).toBeInTheDocument();
  });
});

describe('WebhookInstructions', () => {
  const provider = {
    name: 'CodeInterview',
    webhookSteps: ['In CodeInterview, open Tests', 'Click your profile name icon > Integrations', 'Paste it under Outgoing Webhooks'],
    docsUrl: 'https://codeinterview.io/docs/api',
  };

  it('renders the URL with Copy, the numbered steps and the docs link in a new tab', async () => {
    renderWithKit(<WebhookInstructions provider={provider} webhookUrl="https://ats.example.com/hooks/abc" />);
    expect(screen.getByLabelText('Webhook URL')).toHaveValue('https://ats.example.com/hooks/abc');
    const list = screen.getByRole('list', { name: 'In CodeInterview' });
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')[1]).toHaveTextContent('Click your profile name icon, then Integrations');
    const link = screen.getByRole('link', { name: /^CodeInterview webhook documentation\s+\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('renders no link for a docs URL that is not http(s)', () => {
    renderWithKit(
      <WebhookInstructions provider={{ ...provider, docsUrl: 'javascript:alert(1)' }} webhookUrl="https://ats.example.com/hooks/abc" />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
