import type { Assessment } from './assessment';
import type { ReviewerFeedbackStatus } from './reviewer-feedback';
import type { ScorecardQuestion, ScorecardTemplate } from './scorecard';

/**
 * What an assessment asks of its reviewers, read the same way by every store that implements the contract (the
 * server half, the mock).
 */

/** The scorecard reviewers fill in: a template resolved to its questions, or the assessment's own questions. */
export function scorecardToFill(
  assessment: Pick<Assessment, 'scorecard'>,
  templates: readonly ScorecardTemplate[],
): { name: string | null; questions: ScorecardQuestion[] } {
  const choice = assessment.scorecard;
  if (!choice) return { name: null, questions: [] };
  if (choice.kind === 'questions') return { name: null, questions: choice.questions };
  const template = templates.find((t) => t.id === choice.templateId);
  // A template deleted since: nothing left to ask.
  return template ? { name: template.name, questions: template.questions } : { name: null, questions: [] };
}

/** Each assigned reviewer's state, in the assessment's order (due for anyone without an entry yet). */
export function reviewerStatuses(assessment: Pick<Assessment, 'reviewers' | 'feedback'>): ReviewerFeedbackStatus[] {
  return assessment.reviewers.map(
    (reviewer) => assessment.feedback.find((entry) => entry.reviewerId === reviewer.id) ?? { reviewerId: reviewer.id, state: 'due', submittedAt: null },
  );
}
