import type { Assessment } from '../../domain/assessment';
import type { ReviewerFeedback } from '../../domain/feedback';
import { ResultFact, ResultSummary } from '../../ui/assessment-item/ResultSummary';
import { ReviewerStates } from '../../ui/assessment-item/ReviewerStates';
import type { AssessmentItemText } from '../../ui/assessment-item/text';
import type { FeedbackFormat } from './format';
import type { FeedbackText } from './text';

/** Reviewers by id, with the signed-in one marked. */
export function reviewerNames(assessment: Assessment, viewerId: string | null, t: FeedbackText): Map<string, string> {
  return new Map(assessment.reviewers.map((reviewer) => [reviewer.id, reviewer.id === viewerId ? t.context.you(reviewer.name) : reviewer.name]));
}

/** The result the reviewer judges: score, time taken, the vendor's report (an interview's playback), and who else reviews it. */
export function FeedbackContext({
  assessment,
  reviewers,
  names,
  text: t,
  itemText,
  format,
}: {
  assessment: Assessment;
  reviewers: readonly ReviewerFeedback[];
  names: Map<string, string>;
  text: FeedbackText;
  itemText: AssessmentItemText;
  format: FeedbackFormat;
}) {
  return (
    <section className="ak-feedback-context" aria-label={t.context.label}>
      <ResultSummary assessment={assessment} format={format} text={itemText.result}>
        <ResultFact term={t.context.reviewers}>
          <ReviewerStates entries={reviewers} names={names} text={itemText.feedback} format={format} label={t.context.reviewers} />
        </ResultFact>
      </ResultSummary>
    </section>
  );
}
