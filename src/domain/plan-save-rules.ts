import type { InterviewPlan, InterviewStage } from './interview-plan';
import { readActivity } from './interview-plan';

/** What a plan's assessment activities point at, as the store that checks a save knows it. */
export interface PlanReferences {
  hasProvider: (providerId: string) => boolean;
  /** The test's current title, or undefined when it no longer exists. */
  testTitle: (providerId: string, testId: string) => string | undefined;
  hasReviewer: (reviewerId: string) => boolean;
  hasScorecardTemplate: (templateId: string) => boolean;
}

/**
 * The checks every store makes on a plan save beyond the shape (the server half and the in-memory mock alike):
 * unique stage and activity ids, assessment activities pointing at providers, tests, people and scorecards that
 * exist, and an activity the kit can't read accepted only byte for byte as stored (the kit sends back what it could
 * not read, untouched). Returns the field errors by path; refreshes each assessment activity's test title in place.
 */
export function planSaveErrors(stages: InterviewStage[], stored: InterviewPlan, refs: PlanReferences): Record<string, string> {
  const storedUnreadable = new Set(
    stored.stages.flatMap((stage) => stage.activities.filter((a) => readActivity(a).kind === 'unreadable').map((a) => JSON.stringify(a))),
  );
  const fieldErrors: Record<string, string> = {};
  const stageIds = new Set<string>();
  const activityIds = new Set<unknown>();
  stages.forEach((stage, i) => {
    if (stageIds.has(stage.id)) fieldErrors[`stages.${i}.id`] = 'Two stages have the same id.';
    stageIds.add(stage.id);
    stage.activities.forEach((activity, j) => {
      const at = `stages.${i}.activities.${j}`;
      const read = readActivity(activity);
      if (read.kind === 'unreadable') {
        // Byte for byte, key order included.
        if (!storedUnreadable.has(JSON.stringify(activity))) fieldErrors[at] = 'This activity is not valid.';
        return;
      }
      if (activityIds.has(read.activity.id)) fieldErrors[`${at}.id`] = 'Two activities have the same id.';
      activityIds.add(read.activity.id);
      if (read.kind !== 'assessment') return;
      const { providerId, testId, reviewerIds, scorecard } = read.activity;
      if (!refs.hasProvider(providerId)) {
        fieldErrors[`${at}.providerId`] = `Unknown provider "${providerId}".`;
        return;
      }
      const title = refs.testTitle(providerId, testId);
      if (title !== undefined) read.activity.testTitle = title;
      else fieldErrors[`${at}.testId`] = 'This test no longer exists.';
      if (reviewerIds.some((id) => !refs.hasReviewer(id))) fieldErrors[`${at}.reviewerIds`] = 'A reviewer no longer exists.';
      if (scorecard.kind === 'template' && !refs.hasScorecardTemplate(scorecard.templateId)) {
        fieldErrors[`${at}.scorecard`] = 'This scorecard template no longer exists.';
      }
    });
  });
  return fieldErrors;
}
