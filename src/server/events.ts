import type { Assessment, InterviewPlan, SendAssessmentActivity } from '../domain';
import { readActivity } from '../domain';
import type { ServerContext } from './context';
import { addDays, connectionOf, providerOf, randomHex } from './context';
import { conflict, notFound } from './http';
import { blankAssessment } from '../domain/blank-assessment';
import { isUniqueViolation } from './operations/records';
import { planOf } from './operations/plans';
import { findTest, insertAssessment, loadAssessment, loadPlan, saveAssessment } from './store';
import type { HostContext, VendorReading } from './types';

/**
 * What happens outside the kit's routes: the host's pipeline moves a candidate, the host edits a plan, a vendor
 * reports progress (part 2's webhooks and reconciliation call `applyVendorUpdate`).
 */

/** The identity host callbacks see for work no user asked for (a stage move, a vendor event). */
export const systemContext: HostContext = { user: { userId: 'assessment-kit', role: 'admin', name: 'Assessment kit' } };

/**
 * docs/rest-contract.md "When a candidate enters a stage": one `not_sent` assessment per assessment activity of the
 * stage (never twice: a unique index on candidate + activity), sent at once with `autoSend` when it can be.
 * Returns what it created.
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
      const assessment = await ctx.sql.transaction(async (tx) => {
        const assessment = await fromActivity(ctx, tx, candidateId, stage.name, read.activity);
        await insertAssessment(tx, assessment, read.activity.feedbackFrom ?? 'every_reviewer', ctx.now());
        return assessment;
      });
      created.push(assessment);
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
): Promise<Assessment> {
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
  if (!activity.autoSend) return assessment;
  const connection = await connectionOf(ctx, tx, activity.providerId);
  const blocker = !connection.connected
    ? `${connection.provider.name} is not connected.`
    : test?.archived
      ? `the test was archived in ${connection.provider.name}.`
      : null;
  if (blocker) {
    // It waits for a recruiter instead, who sees why.
    return { ...assessment, history: [...assessment.history, { status: 'not_sent', at: now, note: `Not sent automatically: ${blocker}` }] };
  }
  return {
    ...assessment,
    status: 'sent',
    sentAt: now,
    expiresAt: addDays(now, connection.provider.linkLifetime.defaultDays),
    history: [...assessment.history, { status: 'sent', at: now, note: 'Sent automatically by the interview plan' }],
  };
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

/**
 * What a vendor reports about an assessment that moves it on (from a webhook confirmed with its API, or a poll): a
 * reading past `sent`, with a test's result or a live interview's replay when it completes.
 */
export type VendorUpdate = Exclude<VendorReading, { status: 'sent' }>;

const allowedFrom: Record<VendorUpdate['status'], readonly string[]> = {
  in_progress: ['sent'],
  completed: ['sent', 'in_progress'],
  expired: ['sent', 'in_progress'],
  failed: ['sent', 'in_progress'],
};

/**
 * The revision rule for vendor news: the lifecycle only moves forward (sent, then in progress, then one end), so
 * news older than what is stored (an `in_progress` event after the completion) changes nothing, whatever order
 * deliveries arrive in.
 */
export const movesForward = (before: Assessment, update: VendorUpdate) => allowedFrom[update.status].includes(before.status);

/** The assessment after the vendor's update, with a history entry; completing opens feedback. */
export function advance(before: Assessment, update: VendorUpdate, now: string, source: string): Assessment {
  const at = update.at ?? now;
  const next: Assessment = { ...before, status: update.status, vendorStatus: update.vendorStatus };
  if (update.status === 'in_progress') next.startedAt = at;
  if (update.status === 'failed') next.failureReason = update.failureReason;
  if (update.status === 'completed') {
    next.startedAt = before.startedAt ?? at;
    next.completedAt = at;
    next.feedback = before.reviewers.map((reviewer) => ({ reviewerId: reviewer.id, state: 'due', submittedAt: null }));
    if (before.kind === 'live_interview' && before.interview) {
      next.interview = { ...before.interview, playbackUrl: update.playbackUrl ?? null };
    } else {
      next.score = update.score ?? null;
      next.reportUrl = update.reportUrl ?? null;
      next.timeTakenSeconds = update.timeTakenSeconds ?? Math.round((Date.parse(at) - Date.parse(next.startedAt)) / 1000);
    }
  }
  const note = update.status === 'failed' ? `${source}: ${update.failureReason}` : source;
  next.history = [...before.history, { status: update.status, at, note }];
  return next;
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
