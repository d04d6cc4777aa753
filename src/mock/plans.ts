import * as z from 'zod/mini';
import { AssessmentBackendError } from '../backend/errors';
import type { SaveInterviewPlanInput } from '../backend/types';
import type { InterviewPlan, InterviewStage } from '../domain';
import { interviewPlanSchema, interviewStageSchema, readActivity } from '../domain';
import { planSaveErrors } from '../domain/plan-save-rules';
import type { MockStore } from './store';
import { validationErrorFromIssues } from '../backend/validation-errors';

/**
 * What the mock's server does with interview plans beyond storing them. Plans are the host's records: the mock
 * keeps every field of every stage and activity as it was written, and only refreshes the facts it owns.
 */

export const getInterviewPlan = (store: MockStore, jobId: string): InterviewPlan => planView(store, planFor(store, jobId));

/** Saves the stages over the version the edit started from; a plan that moved on since is a conflict. */
export function saveInterviewPlan(store: MockStore, input: SaveInterviewPlanInput): InterviewPlan {
  const plan = planFor(store, input.jobId);
  if (input.baseVersion !== plan.version) {
    throw new AssessmentBackendError(
      'conflict',
      `The interview plan changed since you opened it (now version ${plan.version}). Reload to see the latest.`,
    );
  }
  const stages = validatePlanStages(store, structuredClone(input.stages), plan);
  const saved: InterviewPlan = { ...plan, version: plan.version + 1, stages };
  store.db.plans[input.jobId] = saved;
  return planView(store, saved);
}

function planFor(store: MockStore, jobId: string): InterviewPlan {
  const plan = store.db.plans[jobId];
  if (!plan) throw new AssessmentBackendError('not_found', `No interview plan for job "${jobId}".`);
  return plan;
}

/** The plan as a read returns it: the test's current title and archived flag, as a server joins them on every read. */
function planView(store: MockStore, plan: InterviewPlan): InterviewPlan {
  const view = structuredClone(plan);
  for (const stage of view.stages) {
    for (const activity of stage.activities) {
      const read = readActivity(activity);
      if (read.kind !== 'assessment') continue;
      const test = store.db.testsByProvider[read.activity.providerId]?.find((t) => t.id === read.activity.testId);
      if (!test) continue;
      read.activity.testTitle = test.title;
      read.activity.testArchived = test.archived;
    }
  }
  // Parsed as a client would, so the in-memory adapter answers exactly what the HTTP adapter reads.
  return interviewPlanSchema.parse(view);
}

/** The checks a real backend makes on a save beyond the shape (`planSaveErrors`), over the mock's data. */
function validatePlanStages(store: MockStore, stages: unknown, stored: InterviewPlan): InterviewStage[] {
  const parsed = z.array(interviewStageSchema).safeParse(stages);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues, 'stages');
  const fieldErrors = planSaveErrors(parsed.data, stored, {
    hasProvider: (providerId) => Boolean(store.db.testsByProvider[providerId]),
    testTitle: (providerId, testId) => store.db.testsByProvider[providerId]?.find((t) => t.id === testId)?.title,
    hasReviewer: (id) => store.db.reviewers.some((r) => r.id === id),
    hasScorecardTemplate: (id) => store.db.scorecardTemplates.some((t) => t.id === id),
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new AssessmentBackendError('validation', 'The interview plan has errors.', { fieldErrors });
  }
  return parsed.data;
}

