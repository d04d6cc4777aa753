import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  EnableIntegrationDialog,
  WebhookInstructions,
  useEnableIntegrationFlow,
} from '../../src/components/enable-integration';
import { createHttpAdapter } from '../../src/backend/http-adapter';
import type { AssessmentBackend } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import { createKitQueryClient } from '../../src/data/query-client';
import { useIntegration } from '../../src/data/hooks/use-integrations';
import type { Politeness } from '../../src/data/kit-context';
import type { Integration } from '../../src/domain';
import { MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY } from '../../src/mock';
import { API_BASE_URL, mockServer, mswServer, renderWithKit } from '../support/kit';

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

/** What the kit said to screen readers, in order, through the provider's `onAnnounce`. */
function recordAnnouncements() {
  const heard: Array<[string, Politeness]> = [];
  return { heard, provider: { onAnnounce: (message: string, politeness: Politeness) => heard.push([message, politeness]) } };
}

let requests: ReturnType<typeof recordKeyRequests>;
let said: ReturnType<typeof recordAnnouncements>;
beforeEach(() => {
  requests = recordKeyRequests();
  said = recordAnnouncements();
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

/** The progress list as a screen reader meets it: each step's name, which one is current, which are done. */
function progress() {
  const list = screen.getByRole('list', { name: 'Setup progress' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => {
      // The marker (a number or a check) is aria-hidden; what is read is the name and ", completed".
      const spoken = Array.from(item.childNodes)
        .filter((node) => !(node instanceof HTMLElement && node.getAttribute('aria-hidden') === 'true'))
        .map((node) => node.textContent)
        .join('');
      const current = item.getAttribute('aria-current') === 'step';
      return current ? `${spoken} (current)` : spoken;
    });
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
      { provider: said.provider },
    );

    const dialog = await screen.findByRole('dialog', { name: 'Connect CodeInterview' });
    const field = await findKeyField();
    await waitFor(() => expect(field).toHaveFocus());
    // The stepper alone tells the step: no "Step 1 of 3" repeating it.
    expect(progress()).toEqual(['API key (current)', 'Webhook', 'Done']);
    expect(dialog).not.toHaveTextContent(/Step \d of \d/);
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
    expect(progress()).toEqual(['API key, completed', 'Webhook (current)', 'Done']);
    // Checking and the verdict are said; the new step's heading has focus.
    expect(said.heard).toEqual([
      ['Checking the key with CodeInterview…', 'polite'],
      ['CodeInterview accepted the key ending in 5a3f.', 'polite'],
    ]);
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
    expect(await within(dialog).findByRole('button', { name: 'Copied: Webhook URL' })).toHaveFocus();
    expect(said.heard.at(-1)).toEqual(['Copied', 'polite']);

    const vendorSteps = within(dialog).getByRole('list', { name: 'In CodeInterview' });
    expect(within(vendorSteps).getAllByRole('listitem')).toHaveLength(3);
    expect(within(dialog).getByRole('link', { name: /CodeInterview webhook documentation/ })).toHaveAttribute(
      'href',
      'https://codeinterview.io/docs/api',
    );

    // Waiting, then the vendor's first event arrives (the dialog polls the integration), and that is said once.
    expect(within(dialog).getByText('Waiting for the first webhook event…')).toBeInTheDocument();
    expect(dialog.querySelector('[role="status"], [aria-live]')).toBeNull();
    mockServer.mock.simulator.sendTestWebhook('codeinterview');
    expect(await within(dialog).findByText('Webhook received')).toBeInTheDocument();
    expect(said.heard.filter(([message]) => message === 'Webhook received')).toEqual([['Webhook received', 'polite']]);

    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    const doneHeading = await screen.findByRole('heading', { name: 'CodeInterview is connected' });
    await waitFor(() => expect(doneHeading).toHaveFocus());
    expect(progress()).toEqual(['API key, completed', 'Webhook, completed', 'Done (current)']);
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
  }, 15_000);

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
    expect(field).toHaveAttribute('type', 'password');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(field).toHaveAttribute('type', 'text');
    await user.click(toggle);
    expect(field).toHaveAttribute('type', 'password');
  });

  it('keeps the key from screen readers and password managers: a password field that is no login, masked without a style', async () => {
    renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    // A password field gives assistive technology dots, never the value (test/browser/api-key-field.test.tsx reads
    // Chromium's accessibility tree); no inline style, which a strict Content-Security-Policy would drop.
    expect(field).toHaveAttribute('type', 'password');
    expect(field).not.toHaveAttribute('style');
    // Chrome's password manager counts a field marked one-time-code as no password: it neither saves nor fills it.
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).toHaveAttribute('data-1p-ignore'); // 1Password
    expect(field).toHaveAttribute('data-lpignore', 'true'); // LastPass
    expect(field).toHaveAttribute('data-bwignore'); // Bitwarden
    expect(field).toHaveAttribute('data-form-type', 'other'); // Dashlane
    expect(field).toHaveAttribute('spellcheck', 'false');
    expect(field).toHaveAttribute('autocapitalize', 'off');
  });
});

describe('EnableIntegrationDialog: failures', () => {
  /** Submits the field by Enter (focus already there) or with the Connect button (focus moves from it). */
  async function submitBy(way: 'Enter' | 'button', user: ReturnType<typeof renderWithKit>['user']) {
    if (way === 'Enter') await user.keyboard('{Enter}');
    else await user.click(connectButton());
  }

  /**
   * What a screen reader reads as focus lands on the field: its invalid state and description, taken at the focus
   * event itself (not after React has caught up).
   */
  function recordWhatFocusCarries(field: HTMLElement) {
    const carried: string[] = [];
    field.addEventListener('focus', () => {
      const described = (field.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      carried.push(`${field.getAttribute('aria-invalid') === 'true' ? 'invalid: ' : ''}${described}`);
    });
    return carried;
  }

  // Enter: focus is already on the field, so only the announcer can say it. The button: focus moves to the field,
  // which carries the message, and the announcer says nothing (heard once, not twice).
  it.each([
    ['Enter', true],
    ['button', false],
  ] as const)('asks for the key when the field is empty, without a request (%s), heard once', async (way, announced) => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, { provider: said.provider });
    const dialog = await screen.findByRole('dialog');
    const field = await findKeyField();
    await user.type(field, '   ');
    const carried = recordWhatFocusCarries(field);
    await submitBy(way, user);
    expect(await within(dialog).findByText('Enter your CodeInterview API key.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    if (announced) {
      expect(said.heard).toEqual([['Enter your CodeInterview API key.', 'assertive']]);
    } else {
      expect(carried).toEqual([expect.stringMatching(/^invalid: Enter your CodeInterview API key\./)]);
      expect(said.heard).toEqual([]);
    }
    expect(requests.seen).toHaveLength(0);
  });

  it.each([
    ['Enter', true],
    ['button', false],
  ] as const)(
    'puts a rejected key’s message on the field and focuses the field; said by the announcer only when focus was there already (%s)',
    async (way, announced) => {
      const onConnected = vi.fn();
      const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} />, {
        provider: said.provider,
      });
      const dialog = await screen.findByRole('dialog');
      const field = await findKeyField();
      await user.type(field, MOCK_INVALID_API_KEY);
      const carried = recordWhatFocusCarries(field);
      await submitBy(way, user);

      const message = await within(dialog).findByText(/CodeInterview didn’t accept this key/);
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field.getAttribute('aria-describedby')).toContain(message.closest('p')!.id);
      await waitFor(() => expect(field).toHaveFocus());
      const rejected =
        'CodeInterview didn’t accept this key. Check that you copied all of it, or create a new key in CodeInterview.';
      if (announced) {
        expect(said.heard).toEqual([
          ['Checking the key with CodeInterview…', 'polite'],
          [rejected, 'assertive'],
        ]);
      } else {
        // Focus landed on a field that already said it: once, not again 14 ms later from the announcer.
        expect(carried).toEqual([expect.stringContaining(`invalid: ${rejected}`)]);
        expect(said.heard).toEqual([['Checking the key with CodeInterview…', 'polite']]);
      }
      expect(field).toHaveValue(MOCK_INVALID_API_KEY);
      expect(onConnected).not.toHaveBeenCalled();

      // Typing a correction clears the vendor's verdict.
      await user.type(field, 'x');
      expect(within(dialog).queryByText(/CodeInterview didn’t accept this key/)).not.toBeInTheDocument();
    },
  );

  it('says the wait when rate limited, counts down silently, holds Connect and Enter, and says when it is over', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // Every countdown text the page ever showed, even for one render.
    const shown = new Set<number>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const text of [record.oldValue, record.target.textContent]) {
          for (const match of (text ?? '').matchAll(/Try again in (\d+) seconds?/g)) shown.add(Number(match[1]));
        }
      }
    });
    try {
      const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, {
        provider: said.provider,
        userOptions: { advanceTimers: vi.advanceTimersByTime },
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
      const field = await findKeyField();
      // The dialog has been open a while: the countdown must start from the answer, not from when it opened.
      act(() => vi.advanceTimersByTime(3_000));
      await user.type(field, MOCK_RATE_LIMITED_API_KEY);
      await user.click(connectButton());
      const dialog = screen.getByRole('dialog');
      expect(await within(dialog).findByText('CodeInterview is limiting key checks')).toBeInTheDocument();
      expect(within(dialog).getByText('Too many attempts in a short time. Try again in 30 seconds.')).toBeInTheDocument();
      expect(field).toHaveValue(MOCK_RATE_LIMITED_API_KEY);
      const start: Array<[string, Politeness]> = [
        ['Checking the key with CodeInterview…', 'polite'],
        ['Too many attempts in a short time. Try again in 30 seconds.', 'assertive'],
      ];
      expect(said.heard).toEqual(start);

      // Pressing Connect, or Enter in the field, during the wait spends no attempt; Enter hears how long is left.
      expect(connectButton()).toHaveAttribute('aria-disabled', 'true');
      await user.click(connectButton());
      act(() => vi.advanceTimersByTime(10_000));
      // What a screen reader reads in the alert is the same count as the screen: never a stale "30 seconds".
      const alert = within(dialog).getByText('CodeInterview is limiting key checks').closest('.ak-alert') as HTMLElement;
      await waitFor(() => expect(alert).toHaveTextContent('Too many attempts in a short time. Try again in 20 seconds.'));
      expect(alert).not.toHaveTextContent('30 seconds');
      field.focus();
      await user.keyboard('{Enter}');
      expect(requests.seen).toHaveLength(1);
      // The seconds in between were only shown, never said.
      expect(said.heard).toEqual([...start, ['Too many attempts in a short time. Try again in 20 seconds.', 'polite']]);

      act(() => vi.advanceTimersByTime(20_000));
      expect(await within(dialog).findByText('You can try again now.')).toBeInTheDocument();
      expect(said.heard.slice(3)).toEqual([['You can try again now.', 'polite']]);
      expect(connectButton()).not.toHaveAttribute('aria-disabled');
      expect(Math.max(...shown)).toBe(30);

      await user.keyboard('{Enter}');
      await waitFor(() => expect(requests.seen).toHaveLength(2));
    } finally {
      observer.disconnect();
      vi.useRealTimers();
    }
  });

  it.each(['Enter', 'button'] as const)(
    'after a network failure, Connect sends the same key again with the same idempotency key, keeping focus (%s)',
    async (way) => {
      const onConnected = vi.fn();
      const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} />, {
        provider: said.provider,
      });
      mockServer.faults.networkErrorNext({ route: 'connectIntegration' });
      const field = await findKeyField();
      await user.type(field, MOCK_VALID_API_KEY);
      await submitBy(way, user);

      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('We couldn’t verify the key');
      expect(alert).toHaveTextContent('We couldn’t reach the server. Check your connection and try again.');
      // One way to retry: the primary button. The alert has no "Try again" of its own to vanish under focus.
      expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
      expect(field).toHaveValue(MOCK_VALID_API_KEY);
      expect(alert).not.toHaveTextContent(MOCK_VALID_API_KEY);

      // Slow enough to look at the screen while the check runs, whatever the machine's load.
      mockServer.setLatency(800);
      const focused = way === 'Enter' ? field : connectButton();
      await submitBy(way, user);
      await waitFor(() => expect(connectButton()).toHaveAttribute('aria-busy', 'true'));
      // Focus stays on what the user pressed (a named control), never on the dialog itself.
      expect(focused).toHaveFocus();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      await screen.findByRole('heading', { name: 'Add the webhook to CodeInterview' });
      expect(said.heard.filter(([message]) => message === 'Checking the key with CodeInterview…')).toHaveLength(2);
      expect(onConnected).toHaveBeenCalledTimes(1);
      expect(requests.seen).toHaveLength(2);
      expect(requests.seen[1]!.idempotencyKey).toBe(requests.seen[0]!.idempotencyKey);
    },
  );

  it('shows a form-level error when the server fails (503), and Connect tries again', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    mockServer.faults.failNext({ status: 503, route: 'connectIntegration' });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side. Try again in a moment.');
    await user.click(connectButton());
    expect(await findWebhookHeading()).toBeInTheDocument();
  });

  it('explains a forbidden answer', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, {
      seed: { canManageIntegrations: false },
    });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You can’t connect this integration');
    expect(alert).toHaveTextContent('You don’t have permission to do this. Ask an admin.');
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument();
  });

  it('tells a signed-out user to sign in again, and Connect retries', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    mockServer.faults.failNext({ status: 401, route: 'connectIntegration' });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    // Not "You can't connect": signing in again is all it takes.
    expect(alert).toHaveTextContent('We couldn’t verify the key');
    expect(alert).toHaveTextContent('Your session has expired. Sign in again and retry.');
    await user.click(connectButton());
    expect(await findWebhookHeading()).toBeInTheDocument();
  });

  it('clears the “enter your key” message as soon as a key is typed', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const dialog = await screen.findByRole('dialog');
    const field = await findKeyField();
    await user.click(connectButton());
    expect(await within(dialog).findByText('Enter your CodeInterview API key.')).toBeInTheDocument();
    await user.type(field, 'c');
    expect(within(dialog).queryByText('Enter your CodeInterview API key.')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it.each([
    ['names the key field', { apiKey: 'Key is malformed.' }, /CodeInterview didn’t accept this key/],
    ['names no field', {}, /Enter your CodeInterview API key\./],
  ])('puts the kit’s own words on the field when the server’s validation %s', async (_, fieldErrors, message) => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, { provider: said.provider });
    mockServer.faults.failNext({ status: 422, code: 'validation', route: 'connectIntegration', fieldErrors });
    const dialog = await screen.findByRole('dialog');
    const field = await findKeyField();
    await user.type(field, `${MOCK_VALID_API_KEY}{Enter}`);
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(within(dialog).queryByText('Key is malformed.')).not.toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    expect(said.heard.at(-1)).toEqual([expect.stringMatching(message), 'assertive']);
  });

  it('when the vendor throttles without a Retry-After, says to wait a moment and leaves Connect usable', async () => {
    mswServer.use(
      http.post(`${API_BASE_URL}/integrations/codeinterview/connect`, () =>
        HttpResponse.json({ error: { code: 'rate_limited', message: 'Slow down.' } }, { status: 429 }),
      { once: true },
      ),
    );
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, { provider: said.provider });
    const dialog = await screen.findByRole('dialog');
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const wait = 'Too many attempts in a short time. Wait a moment, then try again.';
    expect(await within(dialog).findByText(wait)).toBeInTheDocument();
    expect(said.heard.at(-1)).toEqual([wait, 'assertive']);
    expect(connectButton()).not.toHaveAttribute('aria-disabled');
    await user.click(connectButton());
    expect(await findWebhookHeading()).toBeInTheDocument();
  });

  it('says nothing about a wait that ends after the dialog was closed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = renderWithKit(<ReopenableDialog />, {
        provider: said.provider,
        userOptions: { advanceTimers: vi.advanceTimersByTime },
      });
      await user.type(await findKeyField(), MOCK_RATE_LIMITED_API_KEY);
      await user.click(connectButton());
      await within(screen.getByRole('dialog')).findByText('CodeInterview is limiting key checks');
      await user.click(screen.getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      act(() => vi.advanceTimersByTime(31_000));
      await user.click(screen.getByRole('button', { name: 'Reopen' }));
      expect(await findKeyField()).toHaveValue('');
      expect(screen.queryByText('CodeInterview is limiting key checks')).not.toBeInTheDocument();
      expect(said.heard.map(([message]) => message)).not.toContain('You can try again now.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('treats an adapter that throws a raw error (not an AssessmentBackendError) as a failure to retry', async () => {
    const http = createHttpAdapter({ baseUrl: API_BASE_URL });
    let calls = 0;
    const backend: AssessmentBackend = {
      ...http,
      connectIntegration: async (input, options) => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return http.connectIntegration(input, options);
      },
    };
    const user = userEvent.setup();
    render(
      <AssessmentKitProvider backend={backend} queryClient={createKitQueryClient({ retry: false })}>
        <EnableIntegrationDialog providerId="codeinterview" defaultOpen />
      </AssessmentKitProvider>,
    );
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t verify the key');
    expect(alert).toHaveTextContent('Something went wrong. Try again.');
    expect(await findKeyField()).toHaveValue(MOCK_VALID_API_KEY);
    await user.click(connectButton());
    expect(await findWebhookHeading()).toBeInTheDocument();
  });

  it('says “Already connected” when the integration was connected elsewhere meanwhile', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />, { provider: said.provider });
    mockServer.faults.failNext({ status: 409, route: 'connectIntegration' });
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    expect(await within(screen.getByRole('dialog')).findByText('Already connected')).toBeInTheDocument();
    expect(said.heard.at(-1)).toEqual(['Already connected', 'assertive']);
  });

  it('when the vendors can’t be loaded, Try again stays put while it reloads, then focus goes to the key field', async () => {
    mockServer.faults.failNext({ status: 503, route: 'listProviders' });
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const alert = await screen.findByRole('alert');
    mockServer.setLatency(800);
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    await user.click(retry);
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    expect(retry).toHaveFocus();
    await waitFor(async () => expect(await findKeyField()).toHaveFocus());
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

  it('sends one request for Enter pressed twice, and checks, says and reports it once', async () => {
    const onConnected = vi.fn();
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} />, {
      provider: said.provider,
    });
    mockServer.setLatency(100);
    const field = await findKeyField();
    await user.type(field, `${MOCK_VALID_API_KEY}{Enter}{Enter}`);
    await user.keyboard('{Enter}');
    await findWebhookHeading();
    expect(requests.seen).toHaveLength(1);
    expect(onConnected).toHaveBeenCalledTimes(1);
    expect(said.heard.filter(([message]) => message === 'Checking the key with CodeInterview…')).toHaveLength(1);
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

describe('EnableIntegrationDialog: the key check is a write in flight', () => {
  /** Every POST's abort, to see that nothing aborts the check. */
  function watchAborts() {
    const aborted: string[] = [];
    const watch = ({ request }: { request: Request }) => {
      if (request.method === 'POST') request.signal.addEventListener('abort', () => aborted.push(new URL(request.url).pathname));
    };
    mswServer.events.on('request:start', watch);
    return { aborted, stop: () => mswServer.events.removeListener('request:start', watch) };
  }

  /** The server connects at once, but its answer waits until the test calls `answer()`. */
  function holdTheAnswer() {
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    let connected!: () => void;
    const serverConnected = new Promise<void>((resolve) => (connected = resolve));
    mswServer.use(
      http.post(`${API_BASE_URL}/integrations/codeinterview/connect`, async ({ request }) => {
        const { apiKey } = (await request.json()) as { apiKey: string };
        const result = await mockServer.mock.backend.connectIntegration(
          { providerId: 'codeinterview', apiKey },
          { idempotencyKey: request.headers.get('Idempotency-Key') ?? '' },
        );
        connected();
        await gate;
        return HttpResponse.json(result);
      }),
    );
    return { answer, serverConnected };
  }

  /** The rest of the host page: something that shows the integration, as a card would. */
  function ShownState() {
    return <p>State: {useIntegration('codeinterview').data?.state ?? 'loading'}</p>;
  }

  it('holds Cancel, Escape and × while the key is checked, for any vendor; nothing is aborted and the answer lands on step 2', async () => {
    const onConnected = vi.fn();
    const onOpenChange = vi.fn();
    const aborts = watchAborts();
    const { answer, serverConnected } = holdTheAnswer();
    try {
      const { user } = renderWithKit(
        <>
          <ShownState />
          <EnableIntegrationDialog providerId="codeinterview" defaultOpen onOpenChange={onOpenChange} onConnected={onConnected} />
        </>,
        { provider: said.provider },
      );
      expect(await screen.findByText('State: not_connected')).toBeInTheDocument();
      const field = await findKeyField();
      await user.type(field, MOCK_VALID_API_KEY);
      await user.click(connectButton());
      await serverConnected;

      const cancel = screen.getByRole('button', { name: 'Cancel' });
      expect(cancel).toHaveAttribute('aria-disabled', 'true');
      expect(connectButton()).toHaveAttribute('aria-busy', 'true');
      expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
      await user.keyboard('{Escape}');
      await user.click(cancel);
      expect(screen.getByRole('dialog')).toBeInTheDocument();

      answer();
      expect(await findWebhookHeading()).toBeInTheDocument();
      // The dialog never asked to close, and the check ran to its end: the page shows the server's answer.
      expect(onOpenChange).not.toHaveBeenCalled();
      expect(aborts.aborted).toEqual([]);
      expect(onConnected).toHaveBeenCalledTimes(1);
      expect(screen.getByText('State: connected', { selector: 'p' })).toBeInTheDocument();
      expect(said.heard).toEqual([
        ['Checking the key with CodeInterview…', 'polite'],
        // The held Escape hears why the dialog stays, once.
        ['Checking the key with CodeInterview…', 'polite'],
        [expect.stringMatching(/^CodeInterview accepted the key/), 'polite'],
      ]);
      // Closable again once the answer is in.
      expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    } finally {
      aborts.stop();
    }
  });

  it('unmounted mid-check, the check still runs to its end: the kit’s cache and the host hear the answer, nothing is said', async () => {
    const aborts = watchAborts();
    const { answer, serverConnected } = holdTheAnswer();
    try {
      const onConnected = vi.fn();
      function Page({ withDialog }: { withDialog: boolean }) {
        return (
          <>
            <ShownState />
            {withDialog ? <EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} /> : null}
          </>
        );
      }
      const { user, rerender } = renderWithKit(<Page withDialog />, { provider: said.provider });
      expect(await screen.findByText('State: not_connected')).toBeInTheDocument();
      await user.type(await findKeyField(), MOCK_VALID_API_KEY);
      await user.click(connectButton());
      await serverConnected;
      rerender(<Page withDialog={false} />);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      answer();
      await waitFor(() => expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ state: 'connected' })));
      expect(await screen.findByText('State: connected')).toBeInTheDocument();
      expect(aborts.aborted).toEqual([]);
      expect(said.heard).toEqual([['Checking the key with CodeInterview…', 'polite']]);
    } finally {
      aborts.stop();
    }
  });

  it('can’t be closed while checking the key of a vendor that signs webhooks: the answer carries a one-time secret', async () => {
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="skillforge" defaultOpen />, {
      seed: { integrationStates: { skillforge: 'not_connected' } },
    });
    await user.type(await findKeyField('SkillForge'), MOCK_VALID_API_KEY);
    mockServer.setLatency(300);
    await user.click(screen.getByRole('button', { name: 'Connect SkillForge' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    await waitFor(() => expect(cancel).toHaveAttribute('aria-disabled', 'true'));
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(cancel);
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await findWebhookHeading('SkillForge');
    expect((screen.getByLabelText('Signing secret') as HTMLTextAreaElement).value).toMatch(/^whsec_/);
  });

  /** A host's own adapter that answers only when the test says so (`answer()`): its answer arrives after the dialog is gone. */
  function renderWithSlowAdapter(ui: React.ReactElement) {
    const http = createHttpAdapter({ baseUrl: API_BASE_URL });
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const backend: AssessmentBackend = {
      ...http,
      connectIntegration: async (input, { idempotencyKey }) => {
        await gate;
        return http.connectIntegration(input, { idempotencyKey });
      },
    };
    const user = userEvent.setup();
    const result = render(
      <AssessmentKitProvider backend={backend} queryClient={createKitQueryClient({ retry: false })} onAnnounce={said.provider.onAnnounce}>
        {ui}
      </AssessmentKitProvider>,
    );
    return { ...result, user, answer };
  }

  it('closed by the host mid-check (its own `open`), the host still hears it connected, and the next opening starts at step 1', async () => {
    const onConnected = vi.fn();
    let setOpenFromHost!: (open: boolean) => void;
    function Reopenable() {
      const [open, setOpen] = useState(true);
      setOpenFromHost = setOpen;
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Reopen
          </button>
          <EnableIntegrationDialog providerId="codeinterview" open={open} onOpenChange={setOpen} onConnected={onConnected} />
        </>
      );
    }
    const { user, answer } = renderWithSlowAdapter(<Reopenable />);
    await user.type(await findKeyField(), MOCK_VALID_API_KEY);
    await user.click(connectButton());
    await waitFor(() => expect(connectButton()).toHaveAttribute('aria-busy', 'true'));
    act(() => setOpenFromHost(false));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    answer();
    await waitFor(() => expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ state: 'connected' })));
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(await findKeyField()).toHaveValue('');
    expect(screen.queryByRole('heading', { name: /Add the webhook/ })).not.toBeInTheDocument();
    // Only the start of the check was said: nothing about a dialog that is gone.
    expect(said.heard).toEqual([['Checking the key with CodeInterview…', 'polite']]);
  });

  it('drops an answer that arrives after unmount, without errors', async () => {
    const errors = vi.spyOn(console, 'error');
    try {
      const onConnected = vi.fn();
      const { user, unmount, answer } = renderWithSlowAdapter(
        <EnableIntegrationDialog providerId="codeinterview" defaultOpen onConnected={onConnected} />,
      );
      await user.type(await findKeyField(), MOCK_VALID_API_KEY);
      await user.click(connectButton());
      unmount();
      answer();
      await waitFor(() => expect(onConnected).toHaveBeenCalledTimes(1));
      expect(said.heard).toEqual([['Checking the key with CodeInterview…', 'polite']]);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
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

      await user.click(connectButton());
      await findWebhookHeading();
      mockServer.mock.simulator.sendTestWebhook('codeinterview');
      await within(screen.getByRole('dialog')).findByText('Webhook received');

      expect(everythingKept(queryClient)).not.toContain(MOCK_VALID_API_KEY);
      expect(JSON.stringify(console.calls().map((args) => args.map(String)))).not.toContain(MOCK_VALID_API_KEY);
    } finally {
      console.restore();
    }
  }, 15_000);

  it('keeps a rejected key out of every error message', async () => {
    const { user, queryClient } = renderWithKit(<EnableIntegrationDialog providerId="codeinterview" defaultOpen />);
    const field = await findKeyField();
    await user.type(field, MOCK_INVALID_API_KEY);
    await user.click(connectButton());
    await within(screen.getByRole('dialog')).findByText(/CodeInterview didn’t accept this key/);
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
    await within(screen.getByRole('dialog')).findByText(/CodeInterview didn’t accept this key/);

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Reopen' }));

    expect(await findKeyField()).toHaveValue('');
    expect(within(screen.getByRole('dialog')).queryByText(/CodeInterview didn’t accept this key/)).not.toBeInTheDocument();
    expect(progress()).toEqual(['API key (current)', 'Webhook', 'Done']);
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
      provider: said.provider,
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

    // No close button, and in its place, by the title, why; Escape does nothing but say why in full.
    expect(screen.queryByRole('button', { name: 'Close' })).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog');
    expect(within(dialog.querySelector('header')!).getByText('Closes once the secret is saved')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(said.heard.at(-1)).toEqual(['Save the signing secret and tick the box before leaving: it can’t be shown again.', 'polite']);

    // Continue without confirming: told why, and taken to the box.
    const confirm = screen.getByRole('checkbox', { name: 'I have saved the signing secret' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByText('Tick the box once you have saved the secret.')).toBeInTheDocument();
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveAttribute('aria-invalid', 'true');

    await user.click(confirm);
    // Ticked: the complaint goes, and so does the reason the dialog couldn't close.
    expect(confirm).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Tick the box once you have saved the secret.')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(screen.queryByText('Closes once the secret is saved')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'SkillForge is connected' })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('whsec_');
  });

  it('replaces the key of a connected integration through the replace route, straight to done: the webhook is unchanged', async () => {
    const onConnected = vi.fn();
    const { user } = renderWithKit(
      <EnableIntegrationDialog providerId="skillforge" mode="replace" defaultOpen onConnected={onConnected} />,
      { provider: said.provider },
    );
    const dialog = await screen.findByRole('dialog', { name: 'Replace SkillForge API key' });
    expect(await within(dialog).findByText(/The current key ending in 4f6e keeps working until the new one is verified/)).toBeInTheDocument();
    // Nothing to do at the webhook when only the key changes: no step that only says so.
    expect(progress()).toEqual(['API key (current)', 'Done']);
    await user.type(await findKeyField('SkillForge'), MOCK_VALID_API_KEY);
    await user.click(screen.getByRole('button', { name: 'Verify new key' }));

    const done = await within(dialog).findByRole('heading', { name: 'SkillForge now uses the new key' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(progress()).toEqual(['API key, completed', 'Done (current)']);
    expect(within(dialog).queryByRole('heading', { name: /Add the webhook/ })).not.toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Signing secret')).not.toBeInTheDocument();
    expect(within(dialog).getByText('Ending in 5a3f')).toBeInTheDocument();
    // Its webhook delivered before, and still does.
    expect(within(dialog).getByText('Receiving events')).toBeInTheDocument();
    expect(said.heard.at(-1)).toEqual(['SkillForge accepted the key ending in 5a3f.', 'polite']);
    expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ providerId: 'skillforge', apiKeySuffix: '5a3f' }));
    expect(requests.seen).toEqual([expect.objectContaining({ method: 'PUT', path: '/api/integrations/skillforge/api-key' })]);
  });

  it('shows the webhook step when replacing the key brings a new signing secret', async () => {
    mswServer.use(
      http.put(`${API_BASE_URL}/integrations/skillforge/api-key`, async () => {
        const integration = await mockServer.mock.backend.getIntegration('skillforge');
        return HttpResponse.json({ integration: { ...integration, apiKeySuffix: '5a3f' }, signingSecret: 'whsec_rotated_0123456789' });
      }),
    );
    const { user } = renderWithKit(<EnableIntegrationDialog providerId="skillforge" mode="replace" defaultOpen />);
    await user.type(await findKeyField('SkillForge'), MOCK_VALID_API_KEY);
    await user.click(screen.getByRole('button', { name: 'Verify new key' }));
    await findWebhookHeading('SkillForge');
    expect(progress()).toEqual(['API key, completed', 'Webhook (current)', 'Done']);
    expect(screen.getByLabelText('Signing secret')).toHaveValue('whsec_rotated_0123456789');
    expect(screen.getByText(/Your webhook URL has not changed/)).toBeInTheDocument();
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
    expect(await within(screen.getByRole('dialog')).findByText('Schlüssel fehlt.')).toBeInTheDocument();
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

describe('useEnableIntegrationFlow, headless', () => {
  it('connects by default and loads the provider and its integration without a dialog around it', async () => {
    function Probe() {
      const flow = useEnableIntegrationFlow({ providerId: 'codeinterview' });
      return <p>{`${flow.mode} · ${flow.steps.join(', ')} · ${flow.provider?.name ?? '…'} · ${flow.integration?.state ?? '…'}`}</p>;
    }
    renderWithKit(<Probe />);
    expect(await screen.findByText('connect · apiKey, webhook, done · CodeInterview · not_connected')).toBeInTheDocument();
  });

  it('binds a host’s own input through `apiKey`, speaks the provider’s text and its own, and connects', async () => {
    function HostForm() {
      const flow = useEnableIntegrationFlow({
        providerId: 'codeinterview',
        text: { enableIntegration: { apiKey: { invalid: () => 'That key is not right.' } } },
      });
      if (!flow.provider) return <p>…</p>;
      if (flow.step !== 'apiKey') return <p>{flow.text.webhook.heading(flow.provider.name)}</p>;
      return (
        <form onSubmit={(event) => void flow.submit(event)}>
          <label>
            {flow.text.apiKey.label(flow.provider.name)}
            <input
              type="password"
              name={flow.apiKey.name}
              value={flow.apiKey.value}
              aria-invalid={flow.apiKey.error !== undefined}
              onChange={(event) => flow.apiKey.onChange(event.currentTarget.value)}
              onBlur={flow.apiKey.onBlur}
            />
          </label>
          {flow.apiKey.error ? <p>{flow.apiKey.error}</p> : null}
          <button type="submit">{flow.text.apiKey.submit(flow.provider.name)}</button>
        </form>
      );
    }
    const { user } = renderWithKit(<HostForm />, {
      provider: { text: { enableIntegration: { apiKey: { label: (provider: string) => `Schlüssel für ${provider}` } } } },
    });
    const field = await screen.findByLabelText('Schlüssel für CodeInterview');
    // The form, not the announcer's live region, which says the messages too (focus doesn't move to a host's field).
    const form = within(field.closest('form')!);
    await user.click(screen.getByRole('button', { name: 'Connect CodeInterview' }));
    expect(await form.findByText('Enter your CodeInterview API key.')).toBeInTheDocument();

    await user.type(field, MOCK_INVALID_API_KEY);
    await user.click(screen.getByRole('button', { name: 'Connect CodeInterview' }));
    expect(await form.findByText('That key is not right.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Typing again clears the server's message.
    await user.type(field, 'x');
    expect(form.queryByText('That key is not right.')).not.toBeInTheDocument();

    await user.clear(field);
    await user.type(field, `  ${MOCK_VALID_API_KEY} `);
    await user.click(screen.getByRole('button', { name: 'Connect CodeInterview' }));
    expect(await screen.findByText('Add the webhook to CodeInterview')).toBeInTheDocument();
    // Trimmed, as the dialog sends it.
    expect(await requests.bodies()).toEqual([{ apiKey: MOCK_INVALID_API_KEY }, { apiKey: MOCK_VALID_API_KEY }]);
  });
});
