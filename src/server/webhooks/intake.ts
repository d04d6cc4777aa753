import { AssessmentBackendError } from '../../backend/errors';
import type { Assessment } from '../../domain';
import type { IntegrationRow, ServerContext } from '../context';
import { apiKeyOf, connectorOf, integrationRow } from '../context';
import { jsonResponse, notFound, readBody } from '../http';
import type { SqlQueryable } from '../sql';
import { loadByVendorId } from '../store';
import type { VendorReading, WebhookDelivery, WebhookEvent } from '../types';
import { applyReading, markNeedsAttention, readFromVendor } from './apply';
import { sameToken } from './token';

/**
 * A vendor's delivery to `<basePath>/webhooks/<providerId>/<token>`: nothing is changed for a delivery that is not
 * proven (the URL token in constant time, then the vendor's signature where it signs). Each event is stored (the
 * primary key on vendor + event id drops a repeat) and applied in one transaction, before the vendor hears 2xx.
 * An event whose vendor read fails (the vendor's API is down) is stored unapplied; the reconciler applies it later.
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
  const { providerId } = target;
  const connector = ctx.connectors.get(providerId);
  if (!connector) throw notFound('No such webhook.');
  const rawBody = await readBody(request, maxBodyBytes);
  const [row] = await ctx.sql.query<IntegrationRow & { webhook_token: string | null; signing_secret_sealed: string | null }>(
    `SELECT provider_id, state, api_key_sealed, webhook_token, signing_secret_sealed FROM ak_integrations WHERE provider_id = $1`,
    [providerId],
  );
  const tokenMatches = await sameToken(target.token, row?.webhook_token ?? '');
  if (!row || row.state === 'not_connected' || !row.webhook_token || !tokenMatches) {
    counts.refused++;
    throw refused('This webhook URL is not (or no longer) valid.');
  }
  const delivery: WebhookDelivery = { rawBody, headers: request.headers, url: request.url };
  const secrets = row.signing_secret_sealed
    ? [await ctx.secrets.open(row.signing_secret_sealed, `integration:${providerId}:signingSecret`)]
    : [];
  const verdict = await connector.verifyWebhook(delivery, secrets);
  if (!verdict.ok) {
    counts.refused++;
    throw refused(`The webhook signature was refused (${verdict.reason}).`);
  }
  const events = await connector.parseWebhook(delivery);
  // The vendor's word is read first, outside the transaction: a network call must not hold row locks.
  const apiKey = once(() => apiKeyOf(ctx, row));
  const words = await Promise.all(events.map((event) => vendorWordOn(ctx, providerId, event, apiKey)));
  // One transaction stores every event and applies the new ones, so the vendor hears 2xx only once they are stored.
  const outcomes = await ctx.sql.transaction(async (tx) => {
    await touchLastWebhook(ctx, tx, providerId);
    const done: Outcome[] = [];
    for (const [index, event] of events.entries()) done.push(await storeAndApply(ctx, tx, providerId, event, words[index]!));
    return done;
  });
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.kind === 'duplicate') {
      counts.duplicates++;
      continue;
    }
    counts.stored++;
    if (outcome.kind === 'changed') {
      counts.applied++;
      ctx.assessmentChanged(outcome.assessment);
    } else if (outcome.kind === 'pending' && outcome.error !== undefined) {
      // Stored but not applied: the reconciler applies it once the vendor answers.
      await markNeedsAttention(ctx, providerId, outcome.error);
      onError(outcome.error, events[index]!.dedupeKey);
    }
  }
  return jsonResponse(200, JSON.stringify({ received: events.length }));
}

/** What the vendor says of an event's assessment: its reading, or why it could not say; `seen` skips a repeat's read. */
type VendorWord = { reading: VendorReading | null } | { seen: true } | { error: unknown };
type Outcome = { kind: 'duplicate' | 'unchanged' } | { kind: 'changed'; assessment: Assessment } | { kind: 'pending'; error?: unknown };

/**
 * A signed event carries its reading. For a trigger (an unsigned vendor) the reading comes from the vendor's API,
 * unless the event was stored before: a repeated delivery costs one query, not a vendor call.
 */
async function vendorWordOn(ctx: ServerContext, providerId: string, event: WebhookEvent, apiKey: () => Promise<string>): Promise<VendorWord> {
  if (!event.confirmWithVendor || !event.vendorAssessmentId) return { reading: event.reading };
  const [found] = await ctx.sql.query<{ seen: boolean; kind: 'test' | 'live_interview' | null; test_id: string | null }>(
    `SELECT EXISTS (SELECT 1 FROM ak_webhook_events WHERE provider_id = $1 AND dedupe_key = $3) AS seen, a.kind, a.test_id
     FROM (VALUES (1)) AS one (x) LEFT JOIN ak_assessments a ON a.provider_id = $1 AND a.vendor_assessment_id = $2`,
    [providerId, event.vendorAssessmentId, event.dedupeKey],
  );
  if (found?.seen) return { seen: true };
  if (!found?.kind || !found.test_id) return { reading: null };
  try {
    const vendorAssessmentId = event.vendorAssessmentId;
    return { reading: await connectorOf(ctx, providerId).readAssessment(await apiKey(), { kind: found.kind, testId: found.test_id, vendorAssessmentId }) };
  } catch (error) {
    return { error };
  }
}

/** The integration's "last webhook", written at most once a second so a storm does not rewrite one row per delivery. */
async function touchLastWebhook(ctx: ServerContext, tx: SqlQueryable, providerId: string): Promise<void> {
  const now = ctx.now();
  await tx.query(
    'UPDATE ak_integrations SET last_webhook_at = $2 WHERE provider_id = $1 AND (last_webhook_at IS NULL OR last_webhook_at < $3)',
    [providerId, now, new Date(Date.parse(now) - 1000).toISOString()],
  );
}

/**
 * Inserts the event (the primary key on vendor + dedupe key turns a repeat into nothing) and, if it is new and the
 * vendor's word is in, applies it under the assessment's row lock and marks it applied, all in the caller's transaction.
 */
async function storeAndApply(ctx: ServerContext, tx: SqlQueryable, providerId: string, event: WebhookEvent, word: VendorWord): Promise<Outcome> {
  const failed = 'error' in word;
  const inserted = await tx.query(
    `INSERT INTO ak_webhook_events (provider_id, dedupe_key, vendor_assessment_id, event_type, occurred_at, reading, confirm_with_vendor, attempts)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8) ON CONFLICT DO NOTHING RETURNING 1 AS stored`,
    [providerId, event.dedupeKey, event.vendorAssessmentId, event.type, event.occurredAt, event.reading && JSON.stringify(event.reading), event.confirmWithVendor, failed ? 1 : 0],
  );
  if (inserted.length === 0) return { kind: 'duplicate' };
  if ('error' in word) return { kind: 'pending', error: word.error };
  // Seen before yet new here (its row was deleted meanwhile): no reading was taken, so the reconciler takes it.
  if ('seen' in word) return { kind: 'pending' };
  const changed = await applyAndMark(ctx, tx, providerId, event, word.reading);
  return changed ? { kind: 'changed', assessment: changed } : { kind: 'unchanged' };
}

/** Applies a reading to the event's assessment (locked) and marks the event applied; returns the changed assessment. */
async function applyAndMark(
  ctx: ServerContext,
  tx: SqlQueryable,
  providerId: string,
  event: { dedupeKey: string; vendorAssessmentId: string | null },
  reading: VendorReading | null,
): Promise<Assessment | null> {
  const stored = event.vendorAssessmentId ? await loadByVendorId(tx, providerId, event.vendorAssessmentId) : null;
  const saved = stored && reading ? await applyReading(ctx, tx, stored, reading, 'Vendor webhook') : null;
  const outcome = !stored ? 'unmatched' : saved ? 'applied' : 'no_change';
  await tx.query(
    'UPDATE ak_webhook_events SET applied_at = now(), outcome = $3, attempts = attempts + 1 WHERE provider_id = $1 AND dedupe_key = $2',
    [providerId, event.dedupeKey, outcome],
  );
  return saved;
}

interface EventRow {
  vendor_assessment_id: string | null;
  reading: VendorReading | null;
  confirm_with_vendor: boolean;
  assessment_id: string | null;
}

/**
 * The reconciler's retry of one stored event that is not applied yet (its vendor read failed, or the process stopped
 * first): the event row is locked (SKIP LOCKED: another instance applying it now is left to it) and marked in the
 * transaction that changes the assessment, so no event applies twice. Returns whether an assessment changed.
 */
export async function applyWebhookEvent(ctx: ServerContext, providerId: string, dedupeKey: string): Promise<boolean> {
  const [event] = await ctx.sql.query<EventRow>(
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
    return applyAndMark(ctx, tx, providerId, { dedupeKey, vendorAssessmentId: event.vendor_assessment_id }, reading);
  });
  if (changed) ctx.assessmentChanged(changed);
  return changed !== null;
}

/** A value computed on first use and shared after (the API key, opened once per delivery however many events it has). */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= compute());
}

/** Events stored but not applied yet (their apply failed, or the process stopped first), oldest first. */
export async function pendingWebhookEvents(ctx: ServerContext, limit: number): Promise<Array<{ providerId: string; dedupeKey: string }>> {
  const rows = await ctx.sql.query<{ provider_id: string; dedupe_key: string }>(
    'SELECT provider_id, dedupe_key FROM ak_webhook_events WHERE applied_at IS NULL ORDER BY received_at LIMIT $1',
    [limit],
  );
  return rows.map((row) => ({ providerId: row.provider_id, dedupeKey: row.dedupe_key }));
}
