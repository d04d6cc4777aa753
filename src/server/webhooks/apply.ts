import type { Assessment } from '../../domain';
import { isVendorError } from '../connectors/vendor-error';
import type { ServerContext } from '../context';
import { connectorOf } from '../context';
import { advance, movesForward } from '../vendor-updates';
import type { SqlQueryable } from '../sql';
import { saveAssessment, type StoredAssessment } from '../store';
import type { VendorReading } from '../types';

/**
 * What the vendor reports, applied to an assessment the caller loaded under its row lock, if it moves the lifecycle
 * forward; else null.
 */
export async function applyReading(
  ctx: ServerContext,
  tx: SqlQueryable,
  stored: StoredAssessment | null,
  reading: VendorReading,
  source: string,
): Promise<Assessment | null> {
  if (!stored || reading.status === 'sent' || !movesForward(stored.assessment, reading)) return null;
  return saveAssessment(tx, advance(stored.assessment, reading, ctx.now(), source));
}

/** The vendor's current state of one assessment it knows (null: the vendor has no such record). */
export async function readFromVendor(ctx: ServerContext, providerId: string, apiKey: string, assessmentId: string): Promise<VendorReading | null> {
  const [row] = await ctx.sql.query<{ kind: 'test' | 'live_interview'; test_id: string; vendor_assessment_id: string | null }>(
    'SELECT kind, test_id, vendor_assessment_id FROM ak_assessments WHERE id = $1',
    [assessmentId],
  );
  if (!row?.vendor_assessment_id) return null;
  return connectorOf(ctx, providerId).readAssessment(apiKey, { kind: row.kind, testId: row.test_id, vendorAssessmentId: row.vendor_assessment_id });
}

export const REFUSED_KEY_REASON = 'The vendor refused the API key. An admin can replace it under Integrations.';

/** A vendor that refuses the stored key (401/403) turns the integration into "Needs attention", the state the UI shows. */
export async function markNeedsAttention(ctx: ServerContext, providerId: string, error: unknown): Promise<boolean> {
  if (!isVendorError(error) || error.failure !== 'unauthorized') return false;
  await ctx.sql.query(
    `UPDATE ak_integrations SET state = 'needs_attention', attention_reason = $2 WHERE provider_id = $1 AND state = 'connected'`,
    [providerId, REFUSED_KEY_REASON],
  );
  return true;
}
