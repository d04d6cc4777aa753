import type { Assessment, InterviewPlan, SendAssessmentActivity } from '../domain';
import { readActivity } from '../domain';
import type { ServerContext } from './context';
import { addDays, connectionOf, providerOf, randomHex } from './context';
import { conflict, notFound } from './http';
import { blankAssessment } from '../domain/blank-assessment';
import { isUniqueViolation } from './operations/records';
import { finishSend } from './operations/vendor-send';
import { planOf } from './operations/plans';
import { findTest, insertAssessment, loadAssessment, loadPlan, saveAssessment } from './store';
import type { HostContext } from './types';
import { advance, movesForward, type VendorUpdate } from './vendor-updates';

/**
 * What happens outside the kit's routes: the host's pipeline moves a candidate, the host edits a plan, a vendor
 * reports progress (part 2's webhooks and reconciliation call `applyVendorUpdate`).
 */

/** The identity host callbacks see for work no user asked for (a stage move, a vendor event). */
export const systemContext: HostContext = { user: { userId: 'assessment-kit', role: 'admin', name: 'Assessment kit' } };

/**
 * docs/rest-contract.md "When a candidate enters a stage": one `not_sent` assessment per assessment activity of the
 * stage (never twice: a unique index on candidate + activity), sent at once with `autoSend` when it can be: recorded
 * as a pending send, then asked of the vendor as a recruiter's send is (./operations/vendor-send.ts). A vendor that
 * doesn't answer leaves it pending for the reconciler; one that refuses leaves the activity waiting for a recruiter.
 * Returns what it created, as it stands after that.
 */
export async function candidateEnteredStage(ctx: ServerContext, candidateId: string, stageId: string): Promise<Assessment[]> {
  const candidate = await ctx.host.getCandidate(candidateId, systemContext);
  if (!candidate) throw notFound(`Unknown candidate "${candidateId}".`);
  const plan = await planOf(ctx.sql, candidate.jobId);
  const stage = plan.stages.find((s) => s.id === stageId);
  if (!stage) throw notFound(`The plan of ${candidate.jobId} has no stage "${stageId}".`);
  const created: Assessment[] = [];
  for (const entry of stage.activities) {
    const read = readActivity(entry);
    if (read.kind !== 'assessment') continue;
    try {
      const { assessment, waiting } = await ctx.sql.transaction(async (tx) => {
        const { waiting, sendExpiresAt } = await fromActivity(ctx, tx, candidateId, stage.name, read.activity);
        const assessment = sendExpiresAt ? autoSent(ctx, waiting, sendExpiresAt) : null;
        await insertAssessment(tx, assessment ?? waiting, read.activity.feedbackFrom ?? 'every_reviewer', ctx.now(), { sendPending: assessment !== null });
        if (assessment) await tx.query('UPDATE ak_assessments SET pending_restore = $2::jsonb WHERE id = $1', [assessment.id, JSON.stringify(waiting)]);
        return { assessment, waiting };
      });
      created.push(assessment ? await sentByPlan(ctx, assessment, waiting) : waiting);
    } catch (error) {
      // Already created by this activity (and not cancelled): re-entering a stage creates nothing twice.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

async function fromActivity(
  ctx: ServerContext,
  tx: Parameters<typeof findTest>[0],
  candidateId: string,
  stageName: string,
  activity: SendAssessmentActivity,
): Promise<{ waiting: Assessment; sendExpiresAt: string | null }> {
  const now = ctx.now();
  const test = await findTest(tx, activity.providerId, activity.testId);
  const people = new Map((await ctx.host.getReviewers(activity.reviewerIds, systemContext)).map((r) => [r.id, r]));
  const assessment = blankAssessment({
    id: `asmt-${randomHex(10)}`,
    candidateId,
    providerId: activity.providerId,
    testId: activity.testId,
    testTitle: test?.title ?? activity.testTitle,
    source: 'plan',
    activityId: activity.id,
    stageName,
    reviewers: activity.reviewerIds.flatMap((id) => people.get(id) ?? []),
    scorecard: activity.scorecard,
    history: [{ status: 'not_sent', at: now, note: `Created by the interview plan (${stageName})` }],
  });
  if (!activity.autoSend) return { waiting: assessment, sendExpiresAt: null };
  const connection = await connectionOf(ctx, tx, activity.providerId);
  const blocker = !connection.connected
    ? `${connection.provider.name} is not connected.`
    : test?.archived
      ? `the test was archived in ${connection.provider.name}.`
      : null;
  if (blocker) return { waiting: waitsForRecruiter(ctx, assessment, blocker), sendExpiresAt: null };
  return { waiting: assessment, sendExpiresAt: addDays(now, connection.provider.linkLifetime.defaultDays) };
}

/** Not sent after all: it waits for a recruiter, who sees why. */
const waitsForRecruiter = (ctx: ServerContext, assessment: Assessment, why: string): Assessment => ({
  ...assessment,
  history: [...assessment.history, { status: 'not_sent', at: ctx.now(), note: `Not sent automatically: ${why}` }],
});

/** The send an `autoSend` activity makes at once. */
function autoSent(ctx: ServerContext, waiting: Assessment, expiresAt: string): Assessment {
  const now = ctx.now();
  return {
    ...waiting,
    status: 'sent',
    sentAt: now,
    expiresAt,
    history: [...waiting.history, { status: 'sent', at: now, note: 'Sent automatically by the interview plan' }],
  };
}

/** Asks the vendor for the plan's send; a refusal puts the activity back, waiting for a recruiter with the reason. */
async function sentByPlan(ctx: ServerContext, assessment: Assessment, waiting: Assessment): Promise<Assessment> {
  try {
    return (await finishSend(ctx, assessment.id, systemContext, { assessment, message: null })) ?? assessment;
  } catch (error) {
    const [row] = await ctx.sql.query<{ send_pending: boolean }>('SELECT send_pending FROM ak_assessments WHERE id = $1', [assessment.id]);
    // Still pending: the vendor didn't answer, and the reconciler asks again.
    if (row?.send_pending) return assessment;
    const why = error instanceof Error ? error.message : 'the vendor refused it.';
    return saveAssessment(ctx.sql, waitsForRecruiter(ctx, (await loadAssessment(ctx.sql, assessment.id))?.assessment ?? waiting, why));
  }
}

/**
 * The host changes a stored plan (its own editor, a migration), with any fields, readable by the kit or not. The
 * version goes up, so a save based on the old one is a conflict. `edit` gets null when the job has no plan yet.
 */
export async function editInterviewPlan(
  ctx: ServerContext,
  jobId: string,
  edit: (plan: InterviewPlan | null) => InterviewPlan,
): Promise<InterviewPlan> {
  return ctx.sql.transaction(async (tx) => {
    const current = await loadPlan(tx, jobId, { lock: true });
    const edited = edit(current === null ? null : structuredClone(current));
    const plan = { ...edited, jobId, version: (current?.version ?? edited.version - 1) + 1 };
    await tx.query(
      `INSERT INTO ak_interview_plans (job_id, version, doc) VALUES ($1, $2, $3::json)
       ON CONFLICT (job_id) DO UPDATE SET version = $2, doc = $3::json`,
      [jobId, plan.version, JSON.stringify(plan)],
    );
    return plan;
  });
}

/** Moves an assessment along its lifecycle, with a history entry and the next revision; 409 when it would go back. */
export async function applyVendorUpdate(ctx: ServerContext, assessmentId: string, update: VendorUpdate): Promise<Assessment> {
  return ctx.sql.transaction(async (tx) => {
    const stored = await loadAssessment(tx, assessmentId, { lock: true });
    if (!stored) throw notFound(`Unknown assessment "${assessmentId}".`);
    const before = stored.assessment;
    if (!movesForward(before, update)) {
      throw conflict(`Assessment ${assessmentId} cannot move from ${before.status} to ${update.status}.`);
    }
    providerOf(ctx, before.providerId);
    return saveAssessment(tx, advance(before, update, ctx.now(), 'Vendor webhook'));
  });
}
