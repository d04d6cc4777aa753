import { AssessmentBackendError } from '../../backend/errors';
import { recordFeedbackWrite, refuseFeedbackWrite } from '../../backend/feedback-writes';
import type { Assessment, AssessmentFeedback, FeedbackAnswers, ScorecardQuestion } from '../../domain';
import { reviewerStatuses, scorecardToFill } from '../../domain/feedback-parts';
import { feedbackAnswerProblems, feedbackAnswersSchema, isFeedbackComplete } from '../../domain';
import type { RequestContext } from '../context';
import { parseWith } from '../http';
import type { SqlQueryable } from '../sql';
import type { StoredAssessment } from '../store';
import { saveAssessment } from '../store';
import { assessmentFor } from './assessments';

/**
 * Reviewer feedback: each reviewer's state lives on the assessment (`feedback`), their answers in `ak_feedback`.
 * Writes lock the assessment's row, so a draft and a submit of one reviewer, or two reviewers at once, never
 * interleave.
 */

/** The scorecard reviewers fill in; the host is asked for its templates only when the assessment names one. */
async function scorecardOf(ctx: RequestContext, assessment: Assessment): Promise<{ name: string | null; questions: ScorecardQuestion[] }> {
  const templates = assessment.scorecard?.kind === 'template' ? await ctx.host.listScorecardTemplates(ctx.hostContext) : [];
  return scorecardToFill(assessment, templates);
}

/** The feedback as the signed-in user may see it: own answers always, others' only once submitted and allowed. */
async function feedbackView(ctx: RequestContext, q: SqlQueryable, { assessment, policy }: StoredAssessment): Promise<AssessmentFeedback> {
  const statuses = reviewerStatuses(assessment);
  const viewer = statuses.find((status) => status.reviewerId === ctx.user.userId) ?? null;
  const othersVisible = viewer ? viewer.state === 'submitted' || ctx.feedback.showOthersBeforeSubmit : ctx.feedback.showToNonReviewers;
  const rows = await q.query<{ reviewer_id: string; answers: FeedbackAnswers; updated_at: string }>(
    'SELECT reviewer_id, answers, updated_at FROM ak_feedback WHERE assessment_id = $1',
    [assessment.id],
  );
  const saved = new Map(rows.map((row) => [row.reviewer_id, row]));
  const { name, questions } = await scorecardOf(ctx, assessment);
  return {
    assessment,
    scorecardName: name,
    questions,
    policy,
    complete: isFeedbackComplete(policy, statuses),
    showOthersBeforeSubmit: ctx.feedback.showOthersBeforeSubmit,
    viewerReviewerId: viewer?.reviewerId ?? null,
    reviewers: statuses.map((status) => {
      const row = status.state === 'due' ? undefined : saved.get(status.reviewerId);
      const own = status.reviewerId === viewer?.reviewerId;
      const visible = row !== undefined && (own || (status.state === 'submitted' && othersVisible));
      return {
        reviewerId: status.reviewerId,
        state: status.state,
        submittedAt: status.submittedAt,
        updatedAt: row?.updated_at ?? null,
        answers: visible ? row.answers : null,
      };
    }),
  };
}

/** Open to anyone who may see the candidate; not being a reviewer is no reason to refuse a read. */
export async function getAssessmentFeedback(ctx: RequestContext, assessmentId: string): Promise<AssessmentFeedback> {
  return feedbackView(ctx, ctx.sql, await assessmentFor(ctx, ctx.sql, assessmentId));
}

/**
 * Stores the signed-in reviewer's answers as a draft, or submits them (`final`), after the rules: an assigned
 * reviewer, a completed assessment, not submitted before, answers that fit (all required ones for a submit).
 */
export async function writeFeedback(
  ctx: RequestContext,
  tx: SqlQueryable,
  input: { assessmentId: string; answers: FeedbackAnswers },
  { final }: { final: boolean },
): Promise<AssessmentFeedback> {
  const stored = await assessmentFor(ctx, tx, input.assessmentId, { lock: true });
  const { assessment } = stored;
  const { reviewerId, statuses } = refuseFeedbackWrite(assessment, ctx.user.userId);
  const answers = parseWith(feedbackAnswersSchema, input.answers, 'answers');
  const problems = feedbackAnswerProblems((await scorecardOf(ctx, assessment)).questions, answers, { final });
  if (Object.keys(problems).length > 0) throw new AssessmentBackendError('validation', 'Some answers need fixing.', { fieldErrors: problems });
  const now = ctx.now();
  const { answers: kept, feedback } = recordFeedbackWrite(statuses, { reviewerId, answers, final, now });
  await tx.query(
    `INSERT INTO ak_feedback (assessment_id, reviewer_id, answers, updated_at, submitted_at) VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT (assessment_id, reviewer_id) DO UPDATE SET answers = $3::jsonb, updated_at = $4, submitted_at = $5
     WHERE ak_feedback.submitted_at IS NULL`,
    [assessment.id, reviewerId, JSON.stringify(kept), now, final ? now : null],
  );
  const saved = await saveAssessment(tx, {
    ...assessment,
    feedback,
  });
  return feedbackView(ctx, tx, { ...stored, assessment: saved });
}
