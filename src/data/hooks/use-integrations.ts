import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { isAssessmentBackendError } from '../../backend/errors';
import type { ConnectResult, Integration } from '../../domain';
import { useIdempotencyKey, useIdempotentMutation } from '../idempotency';
import { assessmentKeys } from '../query-keys';
import { integrationQueryOptions, providersQueryOptions } from '../query-options';
import { useQueryContext } from './use-query-context';

export function useProviders() {
  return useQuery(providersQueryOptions(useQueryContext()));
}

export interface UseIntegrationOptions {
  /**
   * Re-fetch on this interval (ms), e.g. while waiting for the first webhook event; or a function that decides
   * from the latest integration (and stops polling by returning false).
   */
  pollIntervalMs?: number | false | ((integration: Integration | undefined) => number | false);
  enabled?: boolean;
}

export function useIntegration(providerId: string, { pollIntervalMs = false, enabled = true }: UseIntegrationOptions = {}) {
  return useQuery({
    ...integrationQueryOptions(useQueryContext(), providerId),
    refetchInterval: typeof pollIntervalMs === 'function' ? (query) => pollIntervalMs(query.state.data) : pollIntervalMs,
    enabled,
  });
}

/** The integration of every listed provider, fetched in parallel. */
export function useIntegrations(providerIds: readonly string[]) {
  const context = useQueryContext();
  return useQueries({ queries: providerIds.map((id) => integrationQueryOptions(context, id)) });
}

/** Errors that settle the question for this key; anything else (network, 5xx, rate limit) is retried with the same intent. */
const finalForThisKey = new Set(['invalid_api_key', 'validation', 'forbidden']);

/**
 * Verifies an API key (connect, or replace the key of a connected integration).
 *
 * The key is handed to `verify(apiKey)` and never stored in the query cache: the mutation runs without
 * variables and its cached data is the integration alone. The signing secret, when a vendor returns one, goes
 * back to the caller once and is not cached either. A second `verify` while one is running returns the same
 * promise, so a double click or a second Enter makes one request.
 *
 * `signal` stops the wait for the answer (the dialog closed). A request that reached the server can't be unsent: it
 * may have connected all the same, so an aborted verification refetches the integration, and the views read the
 * server's truth. The idempotency key is kept: the same key sent again replays the server's answer.
 */
export function useVerifyApiKey(providerId: string, mode: 'connect' | 'replace' = 'connect') {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  const pendingApiKey = useRef<string | null>(null);
  const pendingSignal = useRef<AbortSignal | undefined>(undefined);
  const signingSecret = useRef<string | null>(null);
  const inFlight = useRef<Promise<ConnectResult> | null>(null);
  const idempotencyKey = useRef('');

  const mutation = useMutation<Integration, Error, void>({
    mutationFn: async () => {
      const apiKey = pendingApiKey.current ?? '';
      pendingApiKey.current = null;
      const input = { providerId, apiKey };
      const options = { idempotencyKey: idempotencyKey.current, signal: pendingSignal.current };
      const result =
        mode === 'connect' ? await backend.connectIntegration(input, options) : await backend.replaceApiKey(input, options);
      signingSecret.current = result.signingSecret;
      return result.integration;
    },
    onSuccess: (integration) => {
      idempotency.renew();
      queryClient.setQueryData(assessmentKeys.integration(scope, providerId), integration);
    },
    onError: (error) => {
      if (isAssessmentBackendError(error) && finalForThisKey.has(error.code)) idempotency.renew();
    },
  });

  const { mutateAsync } = mutation;
  const verify = useCallback(
    (apiKey: string, { signal }: { signal?: AbortSignal } = {}): Promise<ConnectResult> => {
      if (inFlight.current) return inFlight.current;
      // Another key is another intent: a retry of the same key reuses the idempotency key, a new key must not.
      // The hook keeps only a hash of the input, never the key itself.
      idempotencyKey.current = idempotency.keyFor({ providerId, mode, apiKey });
      pendingApiKey.current = apiKey;
      pendingSignal.current = signal;
      const run = mutateAsync()
        .then((integration) => {
          const result = { integration, signingSecret: signingSecret.current };
          signingSecret.current = null;
          return result;
        })
        .catch((error: unknown) => {
          if (signal?.aborted) void queryClient.invalidateQueries({ queryKey: assessmentKeys.integration(scope, providerId) });
          throw error;
        })
        .finally(() => {
          inFlight.current = null;
          pendingSignal.current = undefined;
        });
      inFlight.current = run;
      return run;
    },
    [mutateAsync, idempotency, providerId, mode, queryClient, scope],
  );

  return {
    verify,
    isPending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  };
}

/** A new webhook URL for a connected integration; null when the backend can't make one (it has no `rotateWebhookUrl`). */
export function useRotateWebhookUrl(providerId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  const mutation = useIdempotentMutation({
    mutationFn: (_input: void, idempotencyKey) => backend.rotateWebhookUrl!(providerId, { idempotencyKey }),
    scope: { id: `integration:${providerId}` },
    onSuccess: (integration) => {
      queryClient.setQueryData(assessmentKeys.integration(scope, providerId), integration);
    },
  });
  return backend.rotateWebhookUrl ? mutation : null;
}

export function useDisconnectIntegration(providerId: string) {
  const { backend, scope } = useQueryContext();
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (_input: void, idempotencyKey) => backend.disconnectIntegration(providerId, { idempotencyKey }),
    scope: { id: `integration:${providerId}` },
    onSuccess: (integration) => {
      queryClient.setQueryData(assessmentKeys.integration(scope, providerId), integration);
    },
  });
}
