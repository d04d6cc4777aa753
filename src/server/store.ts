import type { Assessment, AssessmentTest, FeedbackPolicy, InterviewPlan } from '../domain';
import type { SqlQueryable } from './sql';
import { likePattern } from './sql';

/**
 * The rows behind each record. An assessment is stored whole (`doc`, jsonb) beside the columns its rules query:
 * its status, test and candidate for the duplicate guard, `resentFromId` and `activityId` for unique indexes.
 */

interface AssessmentRow {
  doc: Assessment;
  feedback_policy: FeedbackPolicy;
}

export interface StoredAssessment {
  assessment: Assessment;
  policy: FeedbackPolicy;
}

const toStored = (row: AssessmentRow): StoredAssessment => ({ assessment: row.doc, policy: row.feedback_policy });

export async function loadAssessment(q: SqlQueryable, id: string, { lock = false } = {}): Promise<StoredAssessment | null> {
  const rows = await q.query<AssessmentRow>(
    `SELECT doc, feedback_policy FROM ak_assessments WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toStored(rows[0]) : null;
}

export async function listAssessments(q: SqlQueryable, candidateId: string): Promise<Assessment[]> {
  const rows = await q.query<AssessmentRow>(
    'SELECT doc, feedback_policy FROM ak_assessments WHERE candidate_id = $1 AND NOT send_pending ORDER BY created_at DESC, seq DESC',
    [candidateId],
  );
  return rows.map((row) => row.doc);
}

/** The assessment a vendor's id names (its invitation or pad), locked for this transaction. */
export async function loadByVendorId(q: SqlQueryable, providerId: string, vendorAssessmentId: string): Promise<StoredAssessment | null> {
  const rows = await q.query<AssessmentRow>(
    'SELECT doc, feedback_policy FROM ak_assessments WHERE provider_id = $1 AND vendor_assessment_id = $2 FOR UPDATE',
    [providerId, vendorAssessmentId],
  );
  return rows[0] ? toStored(rows[0]) : null;
}

export async function insertAssessment(
  q: SqlQueryable,
  assessment: Assessment,
  policy: FeedbackPolicy,
  createdAt: string,
  { vendorAssessmentId = null, sendPending = false }: { vendorAssessmentId?: string | null; sendPending?: boolean } = {},
): Promise<void> {
  await q.query(
    `INSERT INTO ak_assessments (id, candidate_id, provider_id, test_id, kind, status, activity_id, feedback_policy, created_at, revision, doc,
       vendor_assessment_id, send_pending)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13)`,
    [
      assessment.id,
      assessment.candidateId,
      assessment.providerId,
      assessment.testId,
      assessment.kind,
      assessment.status,
      assessment.activityId,
      policy,
      createdAt,
      assessment.revision,
      JSON.stringify(assessment),
      vendorAssessmentId,
      sendPending,
    ],
  );
}

/**
 * Writes a changed assessment with the next revision (the caller holds its row lock). Returns what was stored. A
 * change restarts the reconciler's clock and backoff for it.
 */
export async function saveAssessment(q: SqlQueryable, assessment: Assessment): Promise<Assessment> {
  const next: Assessment = { ...assessment, revision: assessment.revision + 1 };
  await q.query(
    `UPDATE ak_assessments SET provider_id = $2, test_id = $3, status = $4, revision = $5, doc = $6::jsonb,
       updated_at = now(), next_check_at = NULL, check_failures = 0
     WHERE id = $1`,
    [next.id, next.providerId, next.testId, next.status, next.revision, JSON.stringify(next)],
  );
  return next;
}

/** The candidate's active assessment of this test, if any (other than `exceptId`). */
export async function activeAssessmentOfTest(
  q: SqlQueryable,
  { candidateId, providerId, testId, exceptId }: { candidateId: string; providerId: string; testId: string; exceptId: string | null },
): Promise<Assessment | null> {
  const rows = await q.query<AssessmentRow>(
    `SELECT doc, feedback_policy FROM ak_assessments
     WHERE candidate_id = $1 AND provider_id = $2 AND test_id = $3 AND status IN ('sent', 'in_progress') AND id <> $4
     ORDER BY created_at DESC, seq DESC LIMIT 1`,
    [candidateId, providerId, testId, exceptId ?? ''],
  );
  return rows[0]?.doc ?? null;
}

/**
 * Serialises the sends of one test to one candidate across every instance (a transaction-level advisory lock), so
 * the duplicate guard's check and insert cannot interleave. A partial unique index can't say it: a confirmed
 * duplicate (`allowDuplicate`) is allowed to be a second active one.
 */
export async function lockCandidateTest(q: SqlQueryable, candidateId: string, providerId: string, testId: string): Promise<void> {
  await q.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [JSON.stringify(['send', candidateId, providerId, testId])]);
}

// ---------------------------------------------------------------------------------------------- tests cache

export async function findTest(q: SqlQueryable, providerId: string, testId: string): Promise<AssessmentTest | null> {
  const rows = await q.query<{ doc: AssessmentTest }>('SELECT doc FROM ak_tests WHERE provider_id = $1 AND test_id = $2', [providerId, testId]);
  return rows[0]?.doc ?? null;
}

export async function pageTests(
  q: SqlQueryable,
  providerId: string,
  { search, offset, limit }: { search: string; offset: number; limit: number },
): Promise<{ items: AssessmentTest[]; total: number }> {
  const pattern = likePattern(search.toLowerCase());
  const [count] = await q.query<{ total: number }>(
    'SELECT count(*)::int AS total FROM ak_tests WHERE provider_id = $1 AND search_text LIKE $2',
    [providerId, pattern],
  );
  const rows = await q.query<{ doc: AssessmentTest }>(
    'SELECT doc FROM ak_tests WHERE provider_id = $1 AND search_text LIKE $2 ORDER BY position LIMIT $3 OFFSET $4',
    [providerId, pattern, limit, offset],
  );
  return { items: rows.map((row) => row.doc), total: count?.total ?? 0 };
}

/** Replaces a provider's cached catalogue with the vendor's, in one statement. */
export async function replaceTests(q: SqlQueryable, providerId: string, tests: readonly AssessmentTest[]): Promise<void> {
  await q.query('DELETE FROM ak_tests WHERE provider_id = $1', [providerId]);
  await q.query(
    `INSERT INTO ak_tests (provider_id, test_id, position, archived, search_text, doc)
     SELECT $1, t.item->'doc'->>'id', (t.position - 1)::int, (t.item->'doc'->>'archived')::boolean, t.item->>'search', t.item->'doc'
     FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(item, position)`,
    [providerId, JSON.stringify(tests.map((test) => ({ doc: test, search: [test.title, ...test.languages].join('\n').toLowerCase() })))],
  );
}

// ---------------------------------------------------------------------------------------------- plans

export async function loadPlan(q: SqlQueryable, jobId: string, { lock = false } = {}): Promise<InterviewPlan | null> {
  const rows = await q.query<{ version: number; doc: InterviewPlan }>(
    `SELECT version, doc FROM ak_interview_plans WHERE job_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [jobId],
  );
  const row = rows[0];
  return row ? { ...row.doc, version: row.version } : null;
}

/** Stores a plan as the next version of `baseVersion`; false when the plan moved on meanwhile (a stale save). */
export async function writePlan(q: SqlQueryable, plan: InterviewPlan, baseVersion: number): Promise<boolean> {
  const rows = await q.query(
    'UPDATE ak_interview_plans SET doc = $2::json, version = $3 + 1 WHERE job_id = $1 AND version = $3 RETURNING 1 AS saved',
    [plan.jobId, JSON.stringify({ ...plan, version: baseVersion + 1 }), baseVersion],
  );
  return rows.length === 1;
}

export async function insertPlan(q: SqlQueryable, plan: InterviewPlan): Promise<void> {
  await q.query('INSERT INTO ak_interview_plans (job_id, version, doc) VALUES ($1, $2, $3::json)', [plan.jobId, plan.version, JSON.stringify(plan)]);
}
