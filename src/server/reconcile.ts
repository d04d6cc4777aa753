import type { Assessment } from '../domain';
import { isVendorError } from './connectors/vendor-error';
import type { ServerContext } from './context';
import { apiKeyOf, integrationRow } from './context';
import { systemContext } from './events';
import { finishSend } from './operations/vendor-send';
import { loadAssessment } from './store';
import { applyReading, markNeedsAttention, readFromVendor } from './webhooks/apply';
import { applyWebhookEvent, pendingWebhookEvents } from './webhooks/intake';

/**
 * `server.reconcile()`, for a cron: the safety net for webhooks that never arrive. In order, each up to `limit`:
 * stored webhook events not applied yet; sends still pending at the vendor (a crash or a timeout after the key was
 * claimed: finished with the same assessment id, so never a second invitation); active assessments unchanged for
 * `olderThanSeconds`, re-read from the vendor. Rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease
 * (`next_check_at`), so instances running it at once share the work instead of repeating it, and no transaction
 * stays open across a vendor call. A vendor's 429 or 5xx backs off (its Retry-After, else doubling from a minute) and
 * stops this run's calls to that vendor; a refused key turns the integration into "Needs attention".
 */
export interface ReconcileOptions {
  /** At most this many of each kind per run (default 50). */
  limit?: number;
  /** An active assessment is re-read when unchanged for this long (default 15 minutes). */
  olderThanSeconds?: number;
}

export interface ReconcileResult {
  eventsApplied: number;
  sendsFinished: number;
  checked: number;
  changed: number;
  /** Vendor calls that failed (backed off). */
  failed: number;
}

/** How long a claimed row is left to the instance that claimed it before another may try. */
const LEASE_SECONDS = 300;
const PENDING_SEND_SECONDS = 60;
const BACKOFF_BASE_SECONDS = 60;
const BACKOFF_MAX_SECONDS = 6 * 3600;

export async function reconcile(ctx: ServerContext, { limit = 50, olderThanSeconds = 900 }: ReconcileOptions = {}): Promise<ReconcileResult> {
  const result: ReconcileResult = { eventsApplied: 0, sendsFinished: 0, checked: 0, changed: 0, failed: 0 };
  /** Vendors that said "not now" in this run. */
  const pausedProviders = new Set<string>();

  for (const event of await pendingWebhookEvents(ctx, limit)) {
    if (pausedProviders.has(event.providerId)) continue;
    try {
      if (await applyWebhookEvent(ctx, event.providerId, event.dedupeKey)) result.eventsApplied++;
    } catch (error) {
      result.failed++;
      if (isVendorError(error)) pausedProviders.add(event.providerId);
    }
  }

  for (const claimed of await claim(ctx, 'send_pending', Math.min(olderThanSeconds, PENDING_SEND_SECONDS), limit)) {
    if (pausedProviders.has(claimed.providerId)) continue;
    try {
      if (await finishSend(ctx, claimed.id, systemContext)) result.sendsFinished++;
    } catch (error) {
      result.failed++;
      await backOff(ctx, claimed.id, error, pausedProviders, claimed.providerId);
    }
  }

  const keys = new Map<string, string | null>();
  for (const claimed of await claim(ctx, 'active', olderThanSeconds, limit)) {
    if (pausedProviders.has(claimed.providerId)) continue;
    if (!keys.has(claimed.providerId)) {
      const row = await integrationRow(ctx.sql, claimed.providerId);
      keys.set(claimed.providerId, row && row.state === 'connected' ? await apiKeyOf(ctx, row) : null);
    }
    const apiKey = keys.get(claimed.providerId);
    if (!apiKey) continue;
    try {
      const reading = await readFromVendor(ctx, claimed.providerId, apiKey, claimed.id);
      result.checked++;
      const changed: Assessment | null = reading
        ? await ctx.sql.transaction(async (tx) => applyReading(ctx, tx, await loadAssessment(tx, claimed.id, { lock: true }), reading, 'Vendor status check'))
        : null;
      if (changed) {
        result.changed++;
        ctx.assessmentChanged(changed);
      } else {
        // Unchanged: next asked after another `olderThanSeconds`, so each run reaches different ones.
        await ctx.sql.query(
          'UPDATE ak_assessments SET next_check_at = now() + make_interval(secs => $2), check_failures = 0 WHERE id = $1',
          [claimed.id, olderThanSeconds],
        );
      }
    } catch (error) {
      result.failed++;
      await backOff(ctx, claimed.id, error, pausedProviders, claimed.providerId);
    }
  }
  return result;
}

/** Claims up to `limit` rows due for a look, leasing them to this instance. */
async function claim(ctx: ServerContext, kind: 'send_pending' | 'active', olderThanSeconds: number, limit: number) {
  const which =
    kind === 'send_pending'
      ? 'send_pending'
      : `NOT send_pending AND status IN ('sent', 'in_progress') AND vendor_assessment_id IS NOT NULL`;
  const rows = await ctx.sql.query<{ id: string; provider_id: string }>(
    `UPDATE ak_assessments SET next_check_at = now() + make_interval(secs => $3)
     WHERE id IN (
       SELECT id FROM ak_assessments
       WHERE ${which} AND updated_at <= now() - make_interval(secs => $1) AND (next_check_at IS NULL OR next_check_at <= now())
       ORDER BY updated_at LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING id, provider_id`,
    [olderThanSeconds, limit, LEASE_SECONDS],
  );
  return rows.map((row) => ({ id: row.id, providerId: row.provider_id }));
}

/** After a failed vendor call: wait as the vendor asks, or longer each time; a 429/5xx/refused key pauses the vendor. */
async function backOff(ctx: ServerContext, id: string, error: unknown, paused: Set<string>, providerId: string): Promise<void> {
  if (await markNeedsAttention(ctx, providerId, error)) paused.add(providerId);
  const retryAfter = isVendorError(error) ? error.retryAfterSeconds : null;
  if (isVendorError(error) && (error.failure === 'rate_limited' || error.failure === 'unavailable')) paused.add(providerId);
  await ctx.sql.query(
    `UPDATE ak_assessments SET check_failures = check_failures + 1,
       next_check_at = now() + make_interval(secs => GREATEST($2::float8, LEAST($3::float8, $4::float8 * power(2, check_failures))))
     WHERE id = $1`,
    [id, retryAfter ?? 0, BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS],
  );
}
