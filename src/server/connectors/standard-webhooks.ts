import type { WebhookDelivery, WebhookVerdict } from '../types';

/**
 * Standard Webhooks (standardwebhooks.com): `webhook-id`, `webhook-timestamp`, `webhook-signature` headers, HMAC-SHA256
 * over `id.timestamp.body` with `v1,` signatures, a 5-minute tolerance on the timestamp, verified by the maintained
 * `standardwebhooks` library over the raw bytes. It is an optional peer, loaded on the first delivery, so a host
 * whose vendors don't sign this way installs nothing.
 */
type StandardWebhooks = typeof import('standardwebhooks');
let library: Promise<StandardWebhooks> | null = null;
const load = () => (library ??= import('standardwebhooks'));

/**
 * Checks a delivery against the integration's secrets (`whsec_…`), newest first. During a rotation the vendor signs
 * with both (several signatures in one header) or the old one only; either secret verifying is enough.
 */
export async function verifyStandardWebhook(delivery: WebhookDelivery, secrets: readonly string[]): Promise<WebhookVerdict> {
  if (secrets.length === 0) return { ok: false, reason: 'no_secret' };
  const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((name) => [name, delivery.headers.get(name) ?? '']));
  if (Object.values(headers).some((value) => value === '')) return { ok: false, reason: 'missing_signature' };
  const { Webhook } = await load();
  let verdict: WebhookVerdict = { ok: false, reason: 'bad_signature' };
  for (const secret of secrets) {
    try {
      new Webhook(secret).verify(delivery.rawBody, headers, { jsonParse: false });
      return { ok: true };
    } catch (error) {
      // The timestamp is checked before the signature: out of tolerance is so for every secret.
      if (error instanceof Error && /timestamp too (old|new)/i.test(error.message)) verdict = { ok: false, reason: 'timestamp_out_of_tolerance' };
    }
  }
  return verdict;
}

/** Signs a body as a Standard Webhooks sender does (the vendor simulator; a host's own tests). */
export async function signStandardWebhook(secret: string, id: string, timestamp: Date, body: string): Promise<string> {
  const { Webhook } = await load();
  return new Webhook(secret).sign(id, timestamp, body);
}
