import { AssessmentBackendError } from '../backend/errors';
import type { Assessment, AssessmentFeedback, FeedbackPolicy } from '../domain';
import { assessmentFeedbackSchema, feedbackAnswerProblems, feedbackAnswersSchema, isFeedbackComplete, readActivity } from '../domain';
import { reviewerStatuses, scorecardToFill } from '../domain/feedback-parts';
import type { MockDb } from './db';
import type { MockStore } from './store';
import { refuseFeedbackWrite, recordFeedbackWrite } from '../backend/feedback-writes';
import { validationErrorFromIssues } from '../backend/validation-errors';

/**
 * What the mock's server does with reviewer feedback: who may write it, when, what it must contain, when it is
 * complete and who sees which answers. Each reviewer's state lives on the assessment (`feedback`), their answers
 * in `db.feedback`.
 */

/** Whose feedback counts: the rule of the plan activity that created the assessment; every reviewer's otherwise. */
export function feedbackPolicyOf(db: MockDb, assessment: Assessment): FeedbackPolicy {
  if (assessment.activityId === null) return 'every_reviewer';
  for (const plan of Object.values(db.plans)) {
    for (const stage of plan.stages) {
      for (const activity of stage.activities) {
        const read = readActivity(activity);
        if (read.kind === 'assessment' && read.activity.id === assessment.activityId) return read.activity.feedbackFrom;
      }
    }
  }
  return 'every_reviewer';
}

/** The feedback as the signed-in user may see it: own answers always, others' only once submitted and allowed. */
export function feedbackView(store: MockStore, assessment: Assessment): AssessmentFeedback {
  const { db, currentUserId, feedbackSettings } = store;
  const statuses = reviewerStatuses(assessment);
  const viewer = statuses.find((status) => status.reviewerId === currentUserId) ?? null;
  const othersVisible = viewer
    ? viewer.state === 'submitted' || feedbackSettings.showBeforeSubmit
    : feedbackSettings.showToNonReviewers;
  const stored = db.feedback[assessment.id] ?? {};
  const policy = feedbackPolicyOf(db, assessment);
  const { name, questions } = scorecardToFill(assessment, db.scorecardTemplates);
  const view: AssessmentFeedback = {
    assessment,
    scorecardName: name,
    questions,
    policy,
    complete: isFeedbackComplete(policy, statuses),
    showOthersBeforeSubmit: feedbackSettings.showBeforeSubmit,
    viewerReviewerId: viewer?.reviewerId ?? null,
    reviewers: statuses.map((status) => {
      const saved = status.state === 'due' ? undefined : stored[status.reviewerId];
      const own = status.reviewerId === viewer?.reviewerId;
      const visible = saved !== undefined && (own || (status.state === 'submitted' && othersVisible));
      return {
        reviewerId: status.reviewerId,
        state: status.state,
        submittedAt: status.submittedAt,
        updatedAt: saved?.updatedAt ?? null,
        answers: visible ? saved.answers : null,
      };
    }),
  };
  // Parsed as a client would, so the in-memory adapter answers exactly what the HTTP adapter reads.
  return assessmentFeedbackSchema.parse(structuredClone(view));
}

/**
 * Stores the signed-in reviewer's answers as a draft, or submits them (`final`), after the rules: an assigned
 * reviewer, a completed assessment, not submitted before, answers that fit (all required ones for a submit).
 */
export function writeFeedback(store: MockStore, assessmentId: string, rawAnswers: unknown, { final }: { final: boolean }): AssessmentFeedback {
  const assessment = store.assessment(assessmentId);
  const { reviewerId, statuses } = refuseFeedbackWrite(assessment, store.currentUserId);
  const parsed = feedbackAnswersSchema.safeParse(rawAnswers);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues, 'answers');
  const problems = feedbackAnswerProblems(scorecardToFill(assessment, store.db.scorecardTemplates).questions, parsed.data, { final });
  if (Object.keys(problems).length > 0) {
    throw new AssessmentBackendError('validation', 'Some answers need fixing.', { fieldErrors: problems });
  }
  const now = store.now();
  const { answers, feedback } = recordFeedbackWrite(statuses, { reviewerId: reviewerId, answers: parsed.data, final, now });
  (store.db.feedback[assessment.id] ??= {})[reviewerId] = { answers, updatedAt: now };
  assessment.feedback = feedback;
  store.notify(assessment);
  return feedbackView(store, assessment);
}
