/*
 * The rules of an integration, apart from its schemas: a component that only needs a rule doesn't bundle zod
 * (esbuild keeps module-level schema construction).
 */

/**
 * Whether a webhook arrived after `baseline` (the `lastWebhookAt` seen before the admin set the webhook up).
 * ISO timestamps are compared as instants, so two spellings of one moment are not "newer".
 */
export function isNewerWebhook(lastWebhookAt: string | null, baseline: string | null): boolean {
  if (lastWebhookAt === null) return false;
  if (baseline === null) return true;
  return Date.parse(lastWebhookAt) > Date.parse(baseline);
}
