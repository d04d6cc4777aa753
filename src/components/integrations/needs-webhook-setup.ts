import type { Integration } from '../../domain/integration';

/**
 * Connected, but the vendor has never delivered a webhook: most likely the URL was never pasted into the vendor
 * (the admin closed the dialog early, or cancelled a check the server completed). Statuses won't update by
 * themselves until it is, so the card and Manage say "Finish setup".
 */
export function needsWebhookSetup(integration: Pick<Integration, 'state' | 'lastWebhookAt'>): boolean {
  return integration.state === 'connected' && integration.lastWebhookAt === null;
}
