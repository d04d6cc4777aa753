import type { Assessment, Candidate, Provider, Reviewer, ScorecardChoice } from '../domain';
import { forbidden, notFound } from './http';
import { validationError } from '../backend/validation-errors';
import { mayManageIntegrations } from './permissions';
import type { SecretBox } from './secrets';
import type { SqlClient, SqlQueryable } from './sql';
import type { AssessmentHost, AuthenticatedUser, FeedbackVisibility, HostContext, ProviderConnector } from './types';

/** What every operation works with: the storage, the host's callbacks, the vendors, the clock. */
export interface ServerContext {
  sql: SqlClient;
  secrets: SecretBox;
  host: AssessmentHost;
  connectors: ReadonlyMap<string, ProviderConnector>;
  feedback: Required<FeedbackVisibility>;
  now(): string;
  webhookBaseUrl: string | null;
  /** A vendor-driven change was committed: live streams look now, and the host's `onAssessmentChanged` hears it. */
  assessmentChanged(assessment: Assessment): void;
}

/** One request's context: the server's, and who is asking. */
export interface RequestContext extends ServerContext {
  user: AuthenticatedUser;
  /** The user's display name in records ("Sent by Dana Ruiz"). */
  userName: string;
  hostContext: HostContext;
  /** Where this request arrived, for the default webhook URL. */
  origin: string;
  basePath: string;
}

export function connectorOf(ctx: ServerContext, providerId: string): ProviderConnector {
  const connector = ctx.connectors.get(providerId);
  if (!connector) throw notFound(`Unknown provider "${providerId}".`);
  return connector;
}

export const providerOf = (ctx: ServerContext, providerId: string): Provider => connectorOf(ctx, providerId).provider;

export async function candidateOf(ctx: RequestContext, candidateId: string): Promise<Candidate> {
  const candidate = await ctx.host.getCandidate(candidateId, ctx.hostContext);
  if (!candidate) throw notFound(`Unknown candidate "${candidateId}".`);
  return candidate;
}

/** The people named, in that order; an id the host doesn't know is a 422 on `field`. */
export async function reviewersById(ctx: RequestContext, ids: readonly string[], field: string): Promise<Reviewer[]> {
  const found = new Map((await ctx.host.getReviewers([...new Set(ids)], ctx.hostContext)).map((r) => [r.id, r]));
  return ids.map((id) => {
    const reviewer = found.get(id);
    if (!reviewer) throw validationError(field, `Reviewer "${id}" no longer exists.`);
    return reviewer;
  });
}

export async function requireScorecard(ctx: RequestContext, scorecard: ScorecardChoice | null, field: string): Promise<void> {
  if (scorecard?.kind !== 'template') return;
  const templates = await ctx.host.listScorecardTemplates(ctx.hostContext);
  if (!templates.some((t) => t.id === scorecard.templateId)) throw validationError(field, `Scorecard template "${scorecard.templateId}" no longer exists.`);
}

interface IntegrationRow {
  provider_id: string;
  state: 'not_connected' | 'connected' | 'needs_attention';
  api_key_sealed: string | null;
  api_key_suffix: string | null;
  webhook_url: string | null;
  connected_at: string | null;
  connected_by: string | null;
  last_webhook_at: string | null;
  attention_reason: string | null;
}
export type { IntegrationRow };

export async function integrationRow(q: SqlQueryable, providerId: string, { lock = false } = {}): Promise<IntegrationRow | null> {
  const rows = await q.query<IntegrationRow>(
    `SELECT provider_id, state, api_key_sealed, api_key_suffix, webhook_url, connected_at, connected_by, last_webhook_at, attention_reason
     FROM ak_integrations WHERE provider_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [providerId],
  );
  return rows[0] ?? null;
}

/** Whether sends through this provider can go out now, and if not, why (in an admin's words). */
export async function connectionOf(ctx: ServerContext, q: SqlQueryable, providerId: string) {
  const provider = providerOf(ctx, providerId);
  const row = await integrationRow(q, providerId);
  const reason =
    row?.state === 'needs_attention'
      ? `${provider.name} needs attention: ${row.attention_reason ?? 'reconnect it under Integrations.'}`
      : `${provider.name} is not connected. An admin can connect it under Integrations.`;
  return { provider, row, connected: row?.state === 'connected', reason };
}

export const apiKeyPurpose = (providerId: string) => `integration:${providerId}:apiKey`;

/** The stored key, opened for a vendor call. */
export async function apiKeyOf(ctx: ServerContext, row: IntegrationRow): Promise<string> {
  if (!row.api_key_sealed) throw forbidden(`${row.provider_id} has no key.`);
  return ctx.secrets.open(row.api_key_sealed, apiKeyPurpose(row.provider_id));
}

export const canManage = (ctx: RequestContext) => mayManageIntegrations(ctx.user.role);

export function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const DAY = 86_400_000;
export const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * DAY).toISOString();
