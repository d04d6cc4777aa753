import type { ConnectResult, Integration } from '../../domain';
import type { IntegrationRow, RequestContext } from '../context';
import { apiKeyPurpose, canManage, connectorOf, integrationRow, randomHex } from '../context';
import { conflict } from '../http';
import { validationError } from '../../backend/validation-errors';
import type { SqlQueryable } from '../sql';
import { replaceTests } from '../store';
import { newWebhookToken, rotateWebhookToken } from '../webhooks/token';
import { syncAllTests } from '../connectors/sync';

/** An integration as the kit sees it: never the key, only its last four characters. */
export function integrationView(ctx: RequestContext, providerId: string, row: IntegrationRow | null): Integration {
  return {
    providerId,
    state: row?.state ?? 'not_connected',
    apiKeySuffix: row?.api_key_suffix ?? null,
    webhookUrl: row?.webhook_url ?? null,
    connectedAt: row?.connected_at ?? null,
    connectedBy: row?.connected_by ?? null,
    lastWebhookAt: row?.last_webhook_at ?? null,
    attentionReason: row?.attention_reason ?? null,
    canManage: canManage(ctx),
  };
}

export async function getIntegration(ctx: RequestContext, providerId: string): Promise<Integration> {
  connectorOf(ctx, providerId);
  return integrationView(ctx, providerId, await integrationRow(ctx.sql, providerId));
}

/**
 * Checks the key with the vendor and makes it the integration's key, sealed. A key the vendor refuses throws before
 * anything is written, so the old key stays in use. The catalogue is synced with the new key.
 */
async function storeVerifiedKey(ctx: RequestContext, tx: SqlQueryable, providerId: string, rawKey: string, row: IntegrationRow | null): Promise<ConnectResult> {
  const connector = connectorOf(ctx, providerId);
  const apiKey = rawKey.trim();
  if (apiKey === '') throw validationError('apiKey', 'Enter an API key.');
  await connector.verifyApiKey(apiKey);
  await replaceTests(tx, providerId, await syncAllTests(connector, apiKey));
  const firstConnect = !row || row.state === 'not_connected';
  const now = ctx.now();
  // The URL the admin pasted keeps working when only the key changes.
  const token = newWebhookToken();
  const webhookUrl = row?.webhook_url ?? `${ctx.webhookBaseUrl ?? `${ctx.origin}${ctx.basePath}/webhooks`}/${encodeURIComponent(providerId)}/${token}`;
  // Shown once, and only when the vendor signs webhooks and this is a new connection.
  const signingSecret = connector.provider.signsWebhooks && firstConnect ? `whsec_${randomHex(20)}` : null;
  const [stored] = await tx.query<IntegrationRow>(
    `INSERT INTO ak_integrations AS i (provider_id, state, api_key_sealed, api_key_suffix, signing_secret_sealed, webhook_token, webhook_url,
       connected_at, connected_by, last_webhook_at, attention_reason)
     VALUES ($1, 'connected', $2, $3, $4, $5, $6, $7, $8, NULL, NULL)
     ON CONFLICT (provider_id) DO UPDATE SET
       state = 'connected', api_key_sealed = $2, api_key_suffix = $3,
       signing_secret_sealed = COALESCE($4, i.signing_secret_sealed),
       webhook_token = COALESCE(i.webhook_token, $5), webhook_url = COALESCE(i.webhook_url, $6),
       connected_at = CASE WHEN $9::boolean THEN $7 ELSE i.connected_at END,
       connected_by = CASE WHEN $9::boolean THEN $8 ELSE i.connected_by END,
       attention_reason = NULL
     RETURNING provider_id, state, api_key_sealed, api_key_suffix, webhook_url, connected_at, connected_by, last_webhook_at, attention_reason`,
    [
      providerId,
      await ctx.secrets.seal(apiKey, apiKeyPurpose(providerId)),
      apiKey.slice(-4),
      signingSecret === null ? null : await ctx.secrets.seal(signingSecret, `integration:${providerId}:signingSecret`),
      token,
      webhookUrl,
      now,
      ctx.userName,
      firstConnect,
    ],
  );
  return { integration: integrationView(ctx, providerId, stored ?? null), signingSecret };
}

export async function connectIntegration(ctx: RequestContext, tx: SqlQueryable, providerId: string, apiKey: string): Promise<ConnectResult> {
  connectorOf(ctx, providerId);
  const row = await integrationRow(tx, providerId, { lock: true });
  if (row && row.state !== 'not_connected') throw conflict('Already connected: replace the API key instead.');
  return storeVerifiedKey(ctx, tx, providerId, apiKey, row);
}

export async function replaceApiKey(ctx: RequestContext, tx: SqlQueryable, providerId: string, apiKey: string): Promise<ConnectResult> {
  connectorOf(ctx, providerId);
  const row = await integrationRow(tx, providerId, { lock: true });
  if (!row || row.state === 'not_connected') throw conflict('Not connected: connect the integration first.');
  return storeVerifiedKey(ctx, tx, providerId, apiKey, row);
}

/** A new webhook URL (its token replaced), for when the old one leaked: the old URL is refused from now on. */
export async function rotateWebhookUrl(ctx: RequestContext, tx: SqlQueryable, providerId: string): Promise<Integration> {
  connectorOf(ctx, providerId);
  if ((await rotateWebhookToken(tx, providerId)) === null) throw conflict('Not connected: there is no webhook URL to replace.');
  return integrationView(ctx, providerId, await integrationRow(tx, providerId));
}

/** Forgets the key and the webhook URL (a new connection gets a new, unguessable one). */
export async function disconnectIntegration(ctx: RequestContext, tx: SqlQueryable, providerId: string): Promise<Integration> {
  connectorOf(ctx, providerId);
  await tx.query(
    `UPDATE ak_integrations SET state = 'not_connected', api_key_sealed = NULL, api_key_suffix = NULL, signing_secret_sealed = NULL,
       webhook_token = NULL, webhook_url = NULL, connected_at = NULL, connected_by = NULL, last_webhook_at = NULL, attention_reason = NULL
     WHERE provider_id = $1`,
    [providerId],
  );
  return integrationView(ctx, providerId, await integrationRow(tx, providerId));
}
