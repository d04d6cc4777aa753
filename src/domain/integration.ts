import * as z from 'zod/mini';
import { id, isoDateTime, safeUrl } from './common';

export const integrationStates = ['not_connected', 'connected', 'needs_attention'] as const;
export const integrationStateSchema = z.enum(integrationStates);
export type IntegrationState = z.infer<typeof integrationStateSchema>;

/**
 * One organisation's connection to one provider. The API key itself never comes back from the backend:
 * only its last characters, for recognition.
 */
export const integrationSchema = z.object({
  providerId: id,
  state: integrationStateSchema,
  /** Last 4 characters of the key in use, e.g. "9f2c"; null when not connected. */
  apiKeySuffix: z.nullable(z.string().check(z.maxLength(8))),
  /** The per-tenant, unguessable URL the admin pastes into the vendor's Outgoing Webhooks. */
  webhookUrl: safeUrl,
  connectedAt: z.nullable(isoDateTime),
  /** Display name of whoever connected it. */
  connectedBy: z.nullable(z.string()),
  lastWebhookAt: z.nullable(isoDateTime),
  /** Why a connected integration needs attention, in words an admin can act on (e.g. "The API key was revoked"). */
  attentionReason: z.nullable(z.string()),
  /** Whether the current user may connect, replace the key or disconnect. */
  canManage: z.boolean(),
});
export type Integration = z.infer<typeof integrationSchema>;

/** What connect and replace-key return: the integration, and a signing secret shown exactly once when the vendor signs webhooks. */
export const connectResultSchema = z.object({
  integration: integrationSchema,
  signingSecret: z.nullable(z.string()),
});
export type ConnectResult = z.infer<typeof connectResultSchema>;
