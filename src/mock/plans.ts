import * as z from 'zod/mini';
import { AssessmentBackendError } from '../backend/errors';
import type { InterviewPlan, InterviewStage } from '../domain';
import { interviewPlanSchema, interviewStageSchema, readActivity } from '../domain';
import type { MockStore } from './store';
import { validationErrorFromIssues } from './validation';

/**
 * What the mock's server does with interview plans beyond storing them. Plans are the host's records: the mock
 * keeps every field of every stage and activity as it was written, and only refreshes the facts it owns.
 */

/** The plan as a read returns it: the test's current title and archived flag, as a server joins them on every read. */
export function planView(store: MockStore, plan: InterviewPlan): InterviewPlan {
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

/**
 * The checks a real backend makes on a save beyond the shape: unique ids, and assessment activities pointing at
 * things that exist. An activity the kit can't read is accepted only as the server stored it (the kit sends back
 * what it could not read, untouched); anything else unreadable is refused.
 */
export function validatePlanStages(store: MockStore, stages: unknown, stored: InterviewPlan): InterviewStage[] {
  const parsed = z.array(interviewStageSchema).safeParse(stages);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues, 'stages');
  const storedUnreadable = new Set(
    stored.stages.flatMap((stage) =>
      stage.activities.filter((a) => readActivity(a).kind === 'unreadable').map((a) => JSON.stringify(a)),
    ),
  );
  const fieldErrors: Record<string, string> = {};
  const stageIds = new Set<string>();
  const activityIds = new Set<unknown>();
  parsed.data.forEach((stage, i) => {
    if (stageIds.has(stage.id)) fieldErrors[`stages.${i}.id`] = 'Two stages have the same id.';
    stageIds.add(stage.id);
    stage.activities.forEach((activity, j) => {
      const at = `stages.${i}.activities.${j}`;
      const read = readActivity(activity);
      if (read.kind === 'unreadable') {
        // Byte for byte, key order included: the kit returns what it could not read exactly as it got it.
        if (!storedUnreadable.has(JSON.stringify(activity))) fieldErrors[at] = 'This activity is not valid.';
        return;
      }
      if (activityIds.has(read.activity.id)) fieldErrors[`${at}.id`] = 'Two activities have the same id.';
      activityIds.add(read.activity.id);
      if (read.kind !== 'assessment') return;
      const { providerId, testId, reviewerIds, scorecard } = read.activity;
      const tests = store.db.testsByProvider[providerId];
      if (!tests) {
        fieldErrors[`${at}.providerId`] = `Unknown provider "${providerId}".`;
        return;
      }
      const test = tests.find((t) => t.id === testId);
      if (test) read.activity.testTitle = test.title;
      else fieldErrors[`${at}.testId`] = 'This test no longer exists.';
      if (reviewerIds.some((id) => !store.db.reviewers.some((r) => r.id === id))) {
        fieldErrors[`${at}.reviewerIds`] = 'A reviewer no longer exists.';
      }
      if (scorecard.kind === 'template' && !store.db.scorecardTemplates.some((t) => t.id === scorecard.templateId)) {
        fieldErrors[`${at}.scorecard`] = 'This scorecard template no longer exists.';
      }
    });
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new AssessmentBackendError('validation', 'The interview plan has errors.', { fieldErrors });
  }
  return parsed.data;
}

