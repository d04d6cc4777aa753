import { randomHex } from '../context';
import type { SqlQueryable } from '../sql';

/**
 * The token in each integration's webhook URL: 128 random bits, the only proof an unsigned vendor's delivery has.
 * Compared in constant time (digests of both, so neither length nor a prefix leaks), rotated by `rotateWebhookUrl`.
 */
export const newWebhookToken = () => randomHex(16);

export async function sameToken(given: string, stored: string): Promise<boolean> {
  const [a, b] = await Promise.all([given, stored].map(async (text) => new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));
  let difference = 0;
  for (let i = 0; i < a!.length; i++) difference |= a![i]! ^ b![i]!;
  return difference === 0;
}

/**
 * A new token for a connected integration's webhook URL, at once: the old URL is refused from now on, so the admin
 * pastes the new one into the vendor. The new URL, or null when the integration has none (not connected).
 */
export async function rotateWebhookToken(q: SqlQueryable, providerId: string): Promise<string | null> {
  const token = newWebhookToken();
  const [row] = await q.query<{ webhook_url: string }>(
    `UPDATE ak_integrations
     SET webhook_token = $2, webhook_url = left(webhook_url, length(webhook_url) - length(webhook_token)) || $2
     WHERE provider_id = $1 AND state <> 'not_connected' AND webhook_token IS NOT NULL AND right(webhook_url, length(webhook_token)) = webhook_token
     RETURNING webhook_url`,
    [providerId, token],
  );
  return row?.webhook_url ?? null;
}
