import { AssessmentBackendError } from '../backend/errors';
import type { ConnectResult, Integration } from '../domain';
import { verifyVendorApiKey } from './api-keys';
import { disconnectedIntegrationFields } from './builders';
import type { StoredIntegration } from './db';
import { MOCK_CURRENT_USER, webhookUrlFor } from './seed';
import type { MockStore } from './store';

/** What the mock's server does with integrations: connecting, replacing the key, disconnecting, and who may. */

/** The integration as the kit reads it: never the key itself. */
export function integrationView(store: MockStore, stored: StoredIntegration): Integration {
  const { apiKey: _secret, ...visible } = stored;
  return { ...visible, canManage: store.canManageIntegrations };
}

/** Whether the provider can take work now and, when not, why (the sentence a refusal gives). */
export function connectionOf(store: MockStore, providerId: string): { name: string; connected: boolean; reason: string } {
  const provider = store.provider(providerId);
  const integration = store.integration(providerId);
  const reason =
    integration.state === 'needs_attention'
      ? `${provider.name} needs attention: ${integration.attentionReason ?? 'reconnect it under Integrations.'}`
      : `${provider.name} is not connected. An admin can connect it under Integrations.`;
  return { name: provider.name, connected: integration.state === 'connected', reason };
}

export function connectIntegration(store: MockStore, input: { providerId: string; apiKey: string }): ConnectResult {
  const integration = store.integration(input.providerId);
  requireManage(store);
  if (integration.state === 'connected') {
    throw new AssessmentBackendError('conflict', 'Already connected: replace the API key instead.');
  }
  return storeVerifiedKey(store, input.providerId, input.apiKey);
}

export function replaceApiKey(store: MockStore, input: { providerId: string; apiKey: string }): ConnectResult {
  const integration = store.integration(input.providerId);
  requireManage(store);
  if (integration.state === 'not_connected') {
    throw new AssessmentBackendError('conflict', 'Not connected: connect the integration first.');
  }
  // storeVerifiedKey throws before touching anything, so a rejected key leaves the old one in use.
  return storeVerifiedKey(store, input.providerId, input.apiKey);
}

export function disconnectIntegration(store: MockStore, providerId: string): Integration {
  const integration = store.integration(providerId);
  requireManage(store);
  Object.assign(integration, disconnectedIntegrationFields);
  return integrationView(store, integration);
}

/** A new token in the webhook URL, as a real server gives one whose URL leaked. */
export function rotateWebhookUrl(store: MockStore, providerId: string): Integration {
  const integration = store.integration(providerId);
  requireManage(store);
  if (integration.state === 'not_connected' || !integration.webhookUrl) {
    throw new AssessmentBackendError('conflict', 'Not connected: there is no webhook URL to replace.');
  }
  integration.webhookUrl = webhookUrlFor(providerId, store.prng.hex(32));
  return integrationView(store, integration);
}

function requireManage(store: MockStore): void {
  if (!store.canManageIntegrations) {
    throw new AssessmentBackendError('forbidden', 'Only admins can manage assessment integrations.');
  }
}

/** Checks the key with the vendor and makes it the integration's key. */
function storeVerifiedKey(store: MockStore, providerId: string, apiKey: string): ConnectResult {
  const provider = store.provider(providerId);
  const integration = store.integration(providerId);
  verifyVendorApiKey(provider.name, apiKey, store.db.revokedApiKeys);
  const key = apiKey.trim();
  const firstConnect = integration.state === 'not_connected';
  Object.assign(integration, {
    state: 'connected',
    apiKey: key,
    apiKeySuffix: key.slice(-4),
    // The URL the admin pasted keeps working when only the key changes.
    webhookUrl: integration.webhookUrl ?? webhookUrlFor(providerId, store.prng.hex(32)),
    connectedAt: firstConnect ? store.now() : integration.connectedAt,
    connectedBy: firstConnect ? MOCK_CURRENT_USER : integration.connectedBy,
    attentionReason: null,
  } satisfies Partial<StoredIntegration>);
  // Shown once, and only when the vendor signs webhooks and this is a new connection.
  const signingSecret = provider.signsWebhooks && firstConnect ? `whsec_${store.prng.hex(40)}` : null;
  return { integration: integrationView(store, integration), signingSecret };
}
