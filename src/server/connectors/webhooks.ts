import type { WebhookDelivery } from '../types';

/** `sha256:<hex>` of the raw body: the dedupe key of a delivery whose vendor gives no event id. */
export async function contentHash(rawBody: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', rawBody));
  return `sha256:${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The body as JSON, or null when it is not (an unsigned vendor's body is only a trigger, so that is no error). */
export function jsonOf(delivery: WebhookDelivery): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(delivery.rawBody)) as unknown;
  } catch {
    return null;
  }
}
