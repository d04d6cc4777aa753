import * as z from 'zod/mini';
import { AssessmentBackendError } from '../../backend/errors';
import type { AssessmentTest, InterviewPlan, InterviewStage } from '../../domain';
import { interviewPlanSchema, interviewStageSchema, readActivity } from '../../domain';
import { planSaveErrors } from '../../domain/plan-save-rules';
import type { RequestContext, ServerContext } from '../context';
import { conflict, notFound, parseWith } from '../http';
import type { SqlQueryable } from '../sql';
import { loadPlan, writePlan } from '../store';

/**
 * Interview plans are the host's records, stored here as written: every field of every stage and activity comes
 * back untouched. Only the facts the kit owns are refreshed on each read (a test's title and archived flag).
 */

/** The cached tests an activity list points at, in one query. */
async function testsNamed(q: SqlQueryable, refs: ReadonlyArray<{ providerId: string; testId: string }>): Promise<Map<string, AssessmentTest>> {
  if (refs.length === 0) return new Map();
  const rows = await q.query<{ doc: AssessmentTest; provider_id: string }>(
    `SELECT t.provider_id, t.doc FROM ak_tests t
     JOIN unnest($1::text[], $2::text[]) AS ref(provider_id, test_id) ON ref.provider_id = t.provider_id AND ref.test_id = t.test_id`,
    [refs.map((r) => r.providerId), refs.map((r) => r.testId)],
  );
  return new Map(rows.map((row) => [JSON.stringify([row.provider_id, row.doc.id]), row.doc]));
}

const assessmentActivities = (stages: readonly InterviewStage[]) =>
  stages.flatMap((stage) => stage.activities.flatMap((activity) => {
    const read = readActivity(activity);
    return read.kind === 'assessment' ? [read.activity] : [];
  }));

/** The plan as a read returns it, with each assessment activity's test title and archived flag joined in. */
export async function planView(q: SqlQueryable, plan: InterviewPlan): Promise<InterviewPlan> {
  const activities = assessmentActivities(plan.stages);
  const tests = await testsNamed(q, activities);
  for (const activity of activities) {
    const test = tests.get(JSON.stringify([activity.providerId, activity.testId]));
    if (!test) continue;
    activity.testTitle = test.title;
    activity.testArchived = test.archived;
  }
  return interviewPlanSchema.parse(plan);
}

export async function planOf(q: SqlQueryable, jobId: string, { lock = false } = {}): Promise<InterviewPlan> {
  const plan = await loadPlan(q, jobId, { lock });
  if (!plan) throw notFound(`No interview plan for job "${jobId}".`);
  return plan;
}

export async function getInterviewPlan(ctx: ServerContext, jobId: string): Promise<InterviewPlan> {
  return planView(ctx.sql, await planOf(ctx.sql, jobId));
}

/** A save replaces the stages, if it is based on the current version and passes `planSaveErrors`. */
export async function saveInterviewPlan(
  ctx: RequestContext,
  tx: SqlQueryable,
  input: { jobId: string; baseVersion: number; stages: unknown },
): Promise<InterviewPlan> {
  const stored = await planOf(tx, input.jobId, { lock: true });
  if (input.baseVersion !== stored.version) {
    throw conflict(`The interview plan changed since you opened it (now version ${stored.version}). Reload to see the latest.`);
  }
  const stages = parseWith(z.array(interviewStageSchema), input.stages, 'stages');
  const tests = await testsNamed(tx, assessmentActivities(stages));
  const people = new Set((await ctx.host.getReviewers([...new Set(assessmentActivities(stages).flatMap((a) => a.reviewerIds))], ctx.hostContext)).map((r) => r.id));
  const templates = new Set((await ctx.host.listScorecardTemplates(ctx.hostContext)).map((t) => t.id));
  const fieldErrors = planSaveErrors(stages, stored, {
    hasProvider: (providerId) => ctx.connectors.has(providerId),
    testTitle: (providerId, testId) => tests.get(JSON.stringify([providerId, testId]))?.title,
    hasReviewer: (id) => people.has(id),
    hasScorecardTemplate: (id) => templates.has(id),
  });
  if (Object.keys(fieldErrors).length > 0) throw new AssessmentBackendError('validation', 'The interview plan has errors.', { fieldErrors });
  const saved: InterviewPlan = { ...stored, stages, version: stored.version + 1 };
  // The row lock makes this certain already; the version in the WHERE keeps it so without one.
  if (!(await writePlan(tx, saved, stored.version))) throw conflict('The interview plan changed since you opened it. Reload to see the latest.');
  return planView(tx, saved);
}
