import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AssessmentBackend, WriteOptions } from '../../src/backend/types';
import { AssessmentKitProvider } from '../../src/provider/AssessmentKitProvider';
import {
  useDisconnectIntegration,
  useProviders,
  useIntegration,
  useIntegrations,
  useVerifyApiKey,
} from '../../src/data/hooks/use-integrations';
import type { Integration } from '../../src/domain';
import { createMockBackend, MOCK_INVALID_API_KEY, MOCK_RATE_LIMITED_API_KEY, MOCK_VALID_API_KEY, mockIds } from '../../src/mock';

function wrapperFor(backend: AssessmentBackend) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <AssessmentKitProvider backend={backend} queryClient={queryClient}>
      {children}
    </AssessmentKitProvider>
  );
}

/** Records the calls of one key-verifying method: which key and which idempotency key. */
function recordVerifications(backend: AssessmentBackend, method: 'connectIntegration' | 'replaceApiKey') {
  const calls: { apiKey: string; idempotencyKey: string }[] = [];
  const original = backend[method].bind(backend);
  backend[method] = (input, options: WriteOptions) => {
    calls.push({ apiKey: input.apiKey, idempotencyKey: options.idempotencyKey });
    return original(input, options);
  };
  return calls;
}

function countIntegrationReads(backend: AssessmentBackend) {
  let reads = 0;
  const original = backend.getIntegration.bind(backend);
  backend.getIntegration = (providerId, options) => {
    reads += 1;
    return original(providerId, options);
  };
  return () => reads;
}

describe('useVerifyApiKey', () => {
  it('connects, hands the one-time signing secret to the caller once, and shows the integration connected at once', async () => {
    const mock = createMockBackend({ integrationStates: { skillforge: 'not_connected' } });
    const reads = countIntegrationReads(mock.backend);
    const { result } = renderHook(
      () => ({ verify: useVerifyApiKey(mockIds.connectedProvider), integration: useIntegration(mockIds.connectedProvider) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await waitFor(() => expect(result.current.integration.data?.state).toBe('not_connected'));
    let connected: Awaited<ReturnType<typeof result.current.verify.verify>> | undefined;
    await act(async () => {
      connected = await result.current.verify.verify(MOCK_VALID_API_KEY);
    });
    expect(connected?.signingSecret).toMatch(/^whsec_/);
    expect(connected?.integration.state).toBe('connected');
    await waitFor(() => expect(result.current.integration.data?.state).toBe('connected'));
    expect(reads()).toBe(1);
    expect(result.current.verify.isPending).toBe(false);
    expect(result.current.verify.error).toBeNull();
  });

  it('in replace mode replaces the key of the connected integration, never connects', async () => {
    const mock = createMockBackend();
    const connects = recordVerifications(mock.backend, 'connectIntegration');
    const replaces = recordVerifications(mock.backend, 'replaceApiKey');
    const { result } = renderHook(() => useVerifyApiKey(mockIds.connectedProvider, 'replace'), { wrapper: wrapperFor(mock.backend) });
    let replaced: Integration | undefined;
    await act(async () => {
      replaced = (await result.current.verify('sf_live_rotated_key_7b2e')).integration;
    });
    expect(connects).toHaveLength(0);
    expect(replaces.map((call) => call.apiKey)).toEqual(['sf_live_rotated_key_7b2e']);
    expect(replaced).toMatchObject({ state: 'connected', apiKeySuffix: '7b2e' });
  });

  it('rejects with the backend’s error itself, with or without a signal', async () => {
    const mock = createMockBackend();
    const { result } = renderHook(() => useVerifyApiKey(mockIds.notConnectedProvider), { wrapper: wrapperFor(mock.backend) });
    await act(async () => {
      await expect(result.current.verify(MOCK_INVALID_API_KEY)).rejects.toMatchObject({ code: 'invalid_api_key' });
    });
  });

  it('verifies against the provider it is given now', async () => {
    const mock = createMockBackend({ integrationStates: { skillforge: 'not_connected' } });
    const calls: string[] = [];
    const connect = mock.backend.connectIntegration.bind(mock.backend);
    mock.backend.connectIntegration = (value, options) => {
      calls.push(value.providerId);
      return connect(value, options);
    };
    const { result, rerender } = renderHook(({ providerId }) => useVerifyApiKey(providerId), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { providerId: mockIds.notConnectedProvider as string },
    });
    rerender({ providerId: mockIds.connectedProvider });
    await act(async () => {
      await result.current.verify(MOCK_VALID_API_KEY);
    });
    expect(calls).toEqual([mockIds.connectedProvider]);
  });

  it('gives a rejected key a new idempotency key next time, and a rate-limited one the same', async () => {
    const mock = createMockBackend();
    const calls = recordVerifications(mock.backend, 'connectIntegration');
    const { result } = renderHook(() => useVerifyApiKey(mockIds.notConnectedProvider), { wrapper: wrapperFor(mock.backend) });
    const attempt = async (apiKey: string) => {
      await act(async () => {
        await result.current.verify(apiKey).catch(() => undefined);
      });
    };
    await attempt(MOCK_INVALID_API_KEY);
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'invalid_api_key' }));
    await attempt(MOCK_INVALID_API_KEY);
    await attempt(MOCK_RATE_LIMITED_API_KEY);
    await waitFor(() => expect(result.current.error).toMatchObject({ code: 'rate_limited' }));
    await attempt(MOCK_RATE_LIMITED_API_KEY);
    const keys = calls.map((call) => call.idempotencyKey);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[3]).toBe(keys[2]);
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.error).toBeNull());
  });

  it('when the wait is given up, re-reads the integration: the server may have connected all the same', async () => {
    const mock = createMockBackend({ latencyMs: 50 });
    const reads = countIntegrationReads(mock.backend);
    const wrapper = wrapperFor(mock.backend);
    const { result } = renderHook(
      () => ({ verify: useVerifyApiKey(mockIds.notConnectedProvider), integration: useIntegration(mockIds.notConnectedProvider) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.integration.data?.state).toBe('not_connected'));
    let providerReads = 0;
    const listProviders = mock.backend.listProviders.bind(mock.backend);
    mock.backend.listProviders = (options) => {
      providerReads += 1;
      return listProviders(options);
    };
    const { result: providers } = renderHook(() => useProviders(), { wrapper });
    await waitFor(() => expect(providers.current.isSuccess).toBe(true));
    const controller = new AbortController();
    let outcome: unknown;
    await act(async () => {
      const pending = result.current.verify.verify(MOCK_VALID_API_KEY, { signal: controller.signal }).catch((error: unknown) => error);
      controller.abort(new Error('dialog closed'));
      outcome = await pending;
    });
    expect(outcome).toMatchObject({ message: 'dialog closed' });
    await waitFor(() => expect(reads()).toBe(2));
    // Only that integration is read again.
    expect(providerReads).toBe(1);
  });

  it('does not re-read the integration after a failure that was not given up', async () => {
    const mock = createMockBackend();
    const reads = countIntegrationReads(mock.backend);
    const { result } = renderHook(
      () => ({ verify: useVerifyApiKey(mockIds.notConnectedProvider), integration: useIntegration(mockIds.notConnectedProvider) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await waitFor(() => expect(result.current.integration.data).toBeDefined());
    await act(async () => {
      await result.current.verify.verify(MOCK_INVALID_API_KEY, { signal: new AbortController().signal }).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.verify.error).toMatchObject({ code: 'invalid_api_key' }));
    expect(reads()).toBe(1);
  });

  it('sends a later key after the first settled, with its own signal', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const calls = recordVerifications(mock.backend, 'connectIntegration');
    const { result } = renderHook(() => useVerifyApiKey(mockIds.notConnectedProvider), { wrapper: wrapperFor(mock.backend) });
    const first = new AbortController();
    await act(async () => {
      const pending = result.current.verify(MOCK_INVALID_API_KEY, { signal: first.signal }).catch((error: unknown) => error);
      first.abort();
      await pending;
    });
    // The first signal is gone with its attempt: aborting it again must not stop the second one.
    await act(async () => {
      await result.current.verify(MOCK_VALID_API_KEY);
    });
    expect(calls.map((call) => call.apiKey)).toEqual([MOCK_INVALID_API_KEY, MOCK_VALID_API_KEY]);
  });
});

describe('useDisconnectIntegration', () => {
  it('shows the integration disconnected at once', async () => {
    const mock = createMockBackend();
    const reads = countIntegrationReads(mock.backend);
    const { result } = renderHook(
      () => ({ disconnect: useDisconnectIntegration(mockIds.connectedProvider), integration: useIntegration(mockIds.connectedProvider) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await waitFor(() => expect(result.current.integration.data?.state).toBe('connected'));
    await act(async () => {
      await result.current.disconnect.mutateAsync();
    });
    await waitFor(() => expect(result.current.integration.data?.state).toBe('not_connected'));
    expect(reads()).toBe(1);
  });
});

describe('useDisconnectIntegration from two places at once', () => {
  it('runs one disconnect after the other for the same provider', async () => {
    const mock = createMockBackend({ latencyMs: 20 });
    const order: string[] = [];
    const disconnect = mock.backend.disconnectIntegration.bind(mock.backend);
    mock.backend.disconnectIntegration = async (providerId, options) => {
      order.push(`start ${options.idempotencyKey.length > 0}`);
      const answer = await disconnect(providerId, options);
      order.push('end');
      return answer;
    };
    const { result } = renderHook(
      () => [useDisconnectIntegration(mockIds.connectedProvider), useDisconnectIntegration(mockIds.connectedProvider)],
      { wrapper: wrapperFor(mock.backend) },
    );
    await act(async () => {
      await Promise.all(result.current.map((hook) => hook.mutateAsync()));
    });
    expect(order).toEqual(['start true', 'end', 'start true', 'end']);
  });
});

describe('useIntegration and useIntegrations', () => {
  it('polls while the interval function says so, and stops when it returns false', async () => {
    const mock = createMockBackend();
    const providerId = mockIds.notConnectedProvider;
    await mock.backend.connectIntegration({ providerId, apiKey: MOCK_VALID_API_KEY }, { idempotencyKey: 'connect-first' });
    const reads = countIntegrationReads(mock.backend);
    // As the webhook step does: poll until the first webhook has arrived.
    const { result } = renderHook(
      () => useIntegration(providerId, { pollIntervalMs: (integration) => (integration?.lastWebhookAt ? false : 10) }),
      { wrapper: wrapperFor(mock.backend) },
    );
    await waitFor(() => expect(reads()).toBeGreaterThanOrEqual(3));
    act(() => {
      mock.simulator.sendTestWebhook(providerId);
    });
    await waitFor(() => expect(result.current.data?.lastWebhookAt).not.toBeNull());
    // The read that saw the webhook was the last. A second kit that polls every 10 ms shows that time went on.
    const stoppedAt = reads();
    const clock = createMockBackend();
    const ticks = countIntegrationReads(clock.backend);
    renderHook(() => useIntegration(mockIds.connectedProvider, { pollIntervalMs: 10 }), { wrapper: wrapperFor(clock.backend) });
    await waitFor(() => expect(ticks()).toBeGreaterThanOrEqual(6));
    expect(reads()).toBeLessThanOrEqual(stoppedAt);
  });

  it('reads nothing while disabled', async () => {
    const mock = createMockBackend();
    const reads = countIntegrationReads(mock.backend);
    const { result, rerender } = renderHook(({ enabled }) => useIntegration(mockIds.connectedProvider, { enabled }), {
      wrapper: wrapperFor(mock.backend),
      initialProps: { enabled: false },
    });
    await act(async () => undefined);
    expect(reads()).toBe(0);
    expect(result.current.data).toBeUndefined();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.data?.state).toBe('connected'));
  });

  it('reads every listed provider’s integration', async () => {
    const mock = createMockBackend();
    const { result } = renderHook(() => useIntegrations(Object.values(mockIds.providers)), { wrapper: wrapperFor(mock.backend) });
    await waitFor(() => expect(result.current.every((query) => query.isSuccess)).toBe(true));
    expect(result.current.map((query) => [query.data?.providerId, query.data?.state])).toEqual([
      ['codeinterview', 'not_connected'],
      ['skillforge', 'connected'],
      ['devscreen', 'needs_attention'],
    ]);
  });
});
