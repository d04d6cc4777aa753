import { AssessmentBackendError } from '../../backend/errors';
import type { ServerContext } from '../context';
import { apiKeyOf, integrationRow } from '../context';
import { jsonResponse, notFound, readBody } from '../http';
import type { VendorReading, WebhookDelivery, WebhookEvent } from '../types';
import { applyReading, markNeedsAttention, readFromVendor } from './apply';
import { sameToken } from './token';

/**
 * A vendor's delivery to `<basePath>/webhooks/<providerId>/<token>`: nothing is changed for a delivery that is not
 * proven (the URL token in constant time, then the vendor's signature where it signs), each event is stored (the
 * primary key on vendor + event id drops a repeat) before the vendor hears 2xx, and then applied in a transaction of
 * its own. An event whose apply fails (the vendor's API is down) stays stored; the reconciler applies it later.
 */
export interface WebhookCounts {
  received: number;
  /** Refused with 401: a wrong or old token, a bad signature. */
  refused: number;
  /** New events stored. */
  stored: number;
  /** Events stored before (a repeated delivery), acknowledged without doing anything again. */
  duplicates: number;
  /** Events that changed an assessment. */
  applied: number;
}

export const emptyCounts = (): WebhookCounts => ({ received: 0, refused: 0, stored: 0, duplicates: 0, applied: 0 });

const refused = (message: string) => new AssessmentBackendError('unauthorized', message);

export async function receiveWebhook(
  ctx: ServerContext,
  request: Request,
  target: { providerId: string; token: string },
  { maxBodyBytes, counts, onError }: { maxBodyBytes: number; counts: WebhookCounts; onError(error: unknown, dedupeKey: string): void },
): Promise<Response> {
  counts.received++;
  const connector = ctx.connectors.get(target.providerId);
  if (!connector) throw notFound('No such webhook.');
  const rawBody = await readBody(request, maxBodyBytes);
  const [row] = await ctx.sql.query<{ state: string; webhook_token: string | null; signing_secret_sealed: string | null }>(
    'SELECT state, webhook_token, signing_secret_sealed FROM ak_integrations WHERE provider_id = $1',
    [target.providerId],
  );
  const tokenMatches = await sameToken(target.token, row?.webhook_token ?? '');
  if (!row || row.state === 'not_connected' || !row.webhook_token || !tokenMatches) {
    counts.refused++;
    throw refused('This webhook URL is not (or no longer) valid.');
  }
  const delivery: WebhookDelivery = { rawBody, headers: request.headers, url: request.url };
  const secrets = row.signing_secret_sealed
    ? [await ctx.secrets.open(row.signing_secret_sealed, `integration:${target.providerId}:signingSecret`)]
    : [];
  const verdict = await connector.verifyWebhook(delivery, secrets);
  if (!verdict.ok) {
    counts.refused++;
    throw refused(`The webhook signature was refused (${verdict.reason}).`);
  }
  const events = await connector.parseWebhook(delivery);
  const fresh = await storeEvents(ctx, target.providerId, events);
  counts.stored += fresh;
  counts.duplicates += events.length - fresh;
  // Stored: from here the vendor hears 2xx whatever happens. The apply is tried now, and again by the reconciler.
  const now = ctx.now();
  await ctx.sql.query(
    'UPDATE ak_integrations SET last_webhook_at = $2 WHERE provider_id = $1 AND (last_webhook_at IS NULL OR last_webhook_at < $3)',
    [target.providerId, now, new Date(Date.parse(now) - 1000).toISOString()],
  );
  for (const event of events) {
    try {
      if (await applyWebhookEvent(ctx, target.providerId, event.dedupeKey)) counts.applied++;
    } catch (error) {
      onError(error, event.dedupeKey);
    }
  }
  return jsonResponse(200, JSON.stringify({ received: events.length }));
}

/** Stores the events of one delivery in one transaction; returns how many were new. */
async function storeEvents(ctx: ServerContext, providerId: string, events: readonly WebhookEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  return ctx.sql.transaction(async (tx) => {
    let fresh = 0;
    for (const event of events) {
      const inserted = await tx.query(
        `INSERT INTO ak_webhook_events (provider_id, dedupe_key, vendor_assessment_id, event_type, occurred_at, reading, confirm_with_vendor)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7) ON CONFLICT DO NOTHING RETURNING 1 AS stored`,
        [providerId, event.dedupeKey, event.vendorAssessmentId, event.type, event.occurredAt, event.reading && JSON.stringify(event.reading), event.confirmWithVendor],
      );
      fresh += inserted.length;
    }
    return fresh;
  });
}

interface EventRow {
  vendor_assessment_id: string | null;
  reading: VendorReading | null;
  confirm_with_vendor: boolean;
}

/**
 * Applies one stored event unless it was already: the event row is locked (SKIP LOCKED: another instance applying
 * it now is left to it) and marked in the transaction that changes the assessment, so no event applies twice.
 * For an unsigned vendor the body is only a trigger: the state comes from the vendor's API, read before the
 * transaction. Returns whether an assessment changed.
 */
export async function applyWebhookEvent(ctx: ServerContext, providerId: string, dedupeKey: string): Promise<boolean> {
  const [event] = await ctx.sql.query<EventRow & { assessment_id: string | null }>(
    `SELECT e.vendor_assessment_id, e.reading, e.confirm_with_vendor, a.id AS assessment_id
     FROM ak_webhook_events e
     LEFT JOIN ak_assessments a ON a.provider_id = e.provider_id AND a.vendor_assessment_id = e.vendor_assessment_id
     WHERE e.provider_id = $1 AND e.dedupe_key = $2 AND e.applied_at IS NULL`,
    [providerId, dedupeKey],
  );
  if (!event) return false;
  let reading = event.reading;
  if (event.assessment_id && event.confirm_with_vendor) {
    const row = await integrationRow(ctx.sql, providerId);
    if (!row || row.state === 'not_connected') return false;
    try {
      reading = await readFromVendor(ctx, providerId, await apiKeyOf(ctx, row), event.assessment_id);
    } catch (error) {
      await ctx.sql.query('UPDATE ak_webhook_events SET attempts = attempts + 1 WHERE provider_id = $1 AND dedupe_key = $2', [providerId, dedupeKey]);
      await markNeedsAttention(ctx, providerId, error);
      throw error;
    }
  }
  const changed = await ctx.sql.transaction(async (tx) => {
    const [locked] = await tx.query(
      'SELECT 1 AS locked FROM ak_webhook_events WHERE provider_id = $1 AND dedupe_key = $2 AND applied_at IS NULL FOR UPDATE SKIP LOCKED',
      [providerId, dedupeKey],
    );
    if (!locked) return null;
    const saved = event.assessment_id && reading ? await applyReading(ctx, tx, event.assessment_id, reading, 'Vendor webhook') : null;
    const outcome = !event.assessment_id ? 'unmatched' : saved ? 'applied' : 'no_change';
    await tx.query(
      'UPDATE ak_webhook_events SET applied_at = now(), outcome = $3, attempts = attempts + 1 WHERE provider_id = $1 AND dedupe_key = $2',
      [providerId, dedupeKey, outcome],
    );
    return saved;
  });
  if (changed) ctx.assessmentChanged(changed);
  return changed !== null;
}

/** Events stored but not applied yet (their apply failed, or the process stopped first), oldest first. */
export async function pendingWebhookEvents(ctx: ServerContext, limit: number): Promise<Array<{ providerId: string; dedupeKey: string }>> {
  const rows = await ctx.sql.query<{ provider_id: string; dedupe_key: string }>(
    'SELECT provider_id, dedupe_key FROM ak_webhook_events WHERE applied_at IS NULL ORDER BY received_at LIMIT $1',
    [limit],
  );
  return rows.map((row) => ({ providerId: row.provider_id, dedupeKey: row.dedupe_key }));
}
