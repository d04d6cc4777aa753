import type { Assessment, InterviewPlan, SendAssessmentActivity } from '../domain';
import { readActivity } from '../domain';
import { buildAssessment } from './builders';
import type { MockStore } from './store';

const DAY = 86_400_000;

/**
 * Plays the host ATS's side: what its own pipeline and plan editor do, which the kit never calls. Stories and tests
 * use it to move a candidate along (creating plan assessments) or to change a plan behind the kit's back.
 * A move the host could not make (an unknown candidate or stage) throws, to catch mistakes in stories.
 */
export interface HostSimulator {
  /**
   * The host moves a candidate into a stage of their job's plan (a drag on its pipeline board, an automation).
   * For each assessment activity of that stage the backend creates the candidate's assessment in `not_sent`,
   * carrying the activity's test, reviewers and scorecard for a recruiter to review and send; an activity that
   * sends on entering the stage sends it at once. Re-entering a stage creates nothing twice. Returns what it created.
   */
  moveCandidate(candidateId: string, stageId: string): Assessment[];
  /**
   * Changes a stored plan as the host's backend would (its own editor, another admin's save, a migration), with
   * any fields, readable by the kit or not. The version goes up, so a save based on the old one is a conflict.
   */
  editPlan(jobId: string, edit: (plan: InterviewPlan) => void): InterviewPlan;
}

export function createHostSimulator(store: MockStore): HostSimulator {
  function createFromActivity(candidateId: string, stageName: string, activity: SendAssessmentActivity): Assessment {
    const now = store.now();
    const test = store.db.testsByProvider[activity.providerId]?.find((t) => t.id === activity.testId);
    const assessment = buildAssessment({
      id: `asmt-${store.prng.hex(10)}`,
      candidateId,
      providerId: activity.providerId,
      testId: activity.testId,
      testTitle: test?.title ?? activity.testTitle,
      status: 'not_sent',
      source: 'plan',
      activityId: activity.id,
      stageName,
      reviewers: activity.reviewerIds.flatMap((id) => store.db.reviewers.find((r) => r.id === id) ?? []),
      scorecard: structuredClone(activity.scorecard),
      history: [{ status: 'not_sent', at: now, note: `Created by the interview plan (${stageName})` }],
    });
    if (!activity.autoSend) return assessment;
    const blocker = autoSendBlocker(activity, test?.archived ?? false);
    if (blocker) {
      // It waits for a recruiter instead, who sees why.
      assessment.history.push({ status: 'not_sent', at: now, note: `Not sent automatically: ${blocker}` });
      return assessment;
    }
    const days = store.provider(activity.providerId).linkLifetime.defaultDays;
    Object.assign(assessment, {
      status: 'sent',
      sentAt: now,
      expiresAt: new Date(Date.parse(now) + days * DAY).toISOString(),
    } satisfies Partial<Assessment>);
    assessment.history.push({ status: 'sent', at: now, note: 'Sent automatically by the interview plan' });
    return assessment;
  }

  function autoSendBlocker(activity: SendAssessmentActivity, archived: boolean): string | null {
    const provider = store.provider(activity.providerId);
    if (store.integration(activity.providerId).state !== 'connected') return `${provider.name} is not connected.`;
    if (archived) return `the test was archived in ${provider.name}.`;
    return null;
  }

  return {
    moveCandidate(candidateId, stageId) {
      const candidate = store.db.candidates.find((c) => c.id === candidateId);
      if (!candidate) throw new Error(`The host has no candidate "${candidateId}".`);
      const stage = store.db.plans[candidate.jobId]?.stages.find((s) => s.id === stageId);
      if (!stage) throw new Error(`The plan of ${candidate.jobId} has no stage "${stageId}".`);
      candidate.stageId = stageId;
      const created: Assessment[] = [];
      for (const entry of stage.activities) {
        const read = readActivity(entry);
        if (read.kind !== 'assessment') continue;
        const exists = store.db.assessments.some(
          (a) => a.candidateId === candidateId && a.activityId === read.activity.id && a.status !== 'cancelled',
        );
        if (exists) continue;
        const assessment = createFromActivity(candidateId, stage.name, read.activity);
        store.db.assessments.push(assessment);
        store.notify(assessment);
        created.push(structuredClone(assessment));
      }
      return created;
    },
    editPlan(jobId, edit) {
      const plan = store.db.plans[jobId];
      if (!plan) throw new Error(`The host has no plan for "${jobId}".`);
      edit(plan);
      plan.version += 1;
      return structuredClone(plan);
    },
  };
}
