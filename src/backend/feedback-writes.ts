import type { Assessment, FeedbackAnswers, ReviewerFeedbackStatus } from '../domain';
import { isAnswered } from '../domain';
import { reviewerStatuses } from '../domain/feedback-parts';
import { AssessmentBackendError } from './errors';

/**
 * A reviewer's feedback write, the same in every store that implements the contract (the server half, the mock):
 * who may write and when, and what a store keeps of it. Between the two, the store parses the answers and checks
 * them against the scorecard (`feedbackAnswerProblems`).
 */

/** The writer and each reviewer's state, or the contract's error when `reviewerId` may not write now (in this order). */
export function refuseFeedbackWrite(assessment: Assessment, reviewerId: string | null): { reviewerId: string; statuses: ReviewerFeedbackStatus[] } {
  if (reviewerId === null || !assessment.reviewers.some((reviewer) => reviewer.id === reviewerId)) {
    throw new AssessmentBackendError('forbidden', 'Only the assessment’s reviewers can give feedback on it.');
  }
  if (assessment.status !== 'completed') {
    throw new AssessmentBackendError('conflict', 'Feedback opens once the candidate has completed the assessment.', { reason: 'feedback_not_open' });
  }
  const statuses = reviewerStatuses(assessment);
  if (statuses.some((status) => status.reviewerId === reviewerId && status.state === 'submitted')) {
    throw new AssessmentBackendError('conflict', 'You already submitted your feedback; a submission is final.', { reason: 'feedback_submitted' });
  }
  return { reviewerId, statuses };
}

/** What a store keeps of an accepted write: the answered questions only, and the reviewers' states after it. */
export function recordFeedbackWrite(
  statuses: readonly ReviewerFeedbackStatus[],
  write: { reviewerId: string; answers: FeedbackAnswers; final: boolean; now: string },
): { answers: FeedbackAnswers; feedback: ReviewerFeedbackStatus[] } {
  const { reviewerId, final, now } = write;
  return {
    // Unanswered questions are not stored, so an emptied text field reads as unanswered, not as "".
    answers: Object.fromEntries(Object.entries(write.answers).filter(([, answer]) => isAnswered(answer))),
    feedback: statuses.map((status) =>
      status.reviewerId === reviewerId ? { reviewerId, state: final ? 'submitted' : 'draft', submittedAt: final ? now : null } : status,
    ),
  };
}
