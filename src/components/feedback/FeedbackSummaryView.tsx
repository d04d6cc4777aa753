import { useMemo } from 'react';
import type { AssessmentFeedback } from '../../domain/feedback';
import { aggregateFeedback, type QuestionAggregate } from '../../domain/feedback-summary';
import { ReviewerStates } from '../../ui/assessment-item/ReviewerStates';
import type { AssessmentItemText } from '../../ui/assessment-item/text';
import { Badge } from '../../ui/Badge';
import { CircleCheckIcon, HourglassIcon, InfoIcon } from '../../ui/icons';
import { FeedbackAnswer } from './FeedbackAnswer';
import { reviewerNames } from './FeedbackContext';
import type { FeedbackFormat } from './format';
import type { FeedbackText } from './text';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** Why some reviewers' answers are not shown to this user, or null when nothing is hidden from them. */
function hiddenReason(feedback: AssessmentFeedback, t: FeedbackText): string | null {
  const hidesSubmitted = feedback.reviewers.some((reviewer) => reviewer.state === 'submitted' && reviewer.answers === null);
  if (!hidesSubmitted) return null;
  return feedback.viewerReviewerId === null ? t.hidden.byPolicy : t.hidden.untilYouSubmit;
}

function AggregateLine({ aggregate, text: t, format }: { aggregate: QuestionAggregate; text: FeedbackText; format: FeedbackFormat }) {
  const s = t.summary;
  if (aggregate.answered === 0) return <p className="ak-feedback-summary__aggregate" data-empty="">{s.noAnswers}</p>;
  let detail: string | null = null;
  if (aggregate.kind === 'rating' && aggregate.average !== null) detail = s.average(format.number(aggregate.average), aggregate.max);
  if (aggregate.kind === 'yes_no') detail = s.yesNo(aggregate.yes, aggregate.no);
  return (
    <div className="ak-feedback-summary__aggregate">
      {detail ? <span className="ak-feedback-summary__figure">{detail}</span> : null}
      <span className="ak-feedback-summary__count">{s.answered(aggregate.answered)}</span>
      {aggregate.kind === 'choices' ? (
        <ul className="ak-feedback-summary__options">
          {aggregate.options.map(({ option, count }) => (
            <li key={option} className="ak-feedback-summary__option" data-chosen={count > 0 || undefined}>
              <span className="ak-feedback-summary__option-label">{s.optionCount(option, count)}</span>
              <span className="ak-feedback-summary__bar" aria-hidden="true">
                <span className="ak-feedback-summary__bar-fill" style={{ width: `${(count / aggregate.answered) * 100}%` }} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The hiring team's view of one assessment's feedback, from data already loaded: whether the every/any rule is met,
 * each reviewer's state, and per question the aggregate and each reviewer's answer, where the backend shows them.
 */
export function FeedbackSummaryView({
  feedback,
  headingLevel,
  showReviewers = true,
  text: t,
  itemText,
  format,
}: {
  feedback: AssessmentFeedback;
  /** Level of each question's heading. */
  headingLevel: HeadingLevel;
  /** Off where the reviewers are listed already (the form's context). */
  showReviewers?: boolean;
  text: FeedbackText;
  itemText: AssessmentItemText;
  format: FeedbackFormat;
}) {
  const s = t.summary;
  const { assessment, reviewers, questions, complete, policy } = feedback;
  const names = reviewerNames(assessment, feedback.viewerReviewerId, t);
  const submitted = reviewers.filter((reviewer) => reviewer.state === 'submitted').length;
  const aggregates = useMemo(() => aggregateFeedback(questions, reviewers), [questions, reviewers]);
  const hidden = hiddenReason(feedback, t);
  const QuestionHeading = `h${headingLevel}` as 'h3';
  const shown = reviewers.filter((reviewer) => reviewer.state === 'submitted' && reviewer.answers !== null);

  return (
    <div className="ak-feedback-summary" data-complete={complete || undefined}>
      <p className="ak-feedback-summary__rule">
        <Badge tone={complete ? 'success' : 'neutral'} icon={complete ? CircleCheckIcon : HourglassIcon} label={complete ? s.complete : s.waiting} />
        <span className="ak-feedback-summary__rule-text">{s.rule[policy](submitted, reviewers.length)}</span>
      </p>
      {showReviewers ? <ReviewerStates entries={reviewers} names={names} text={itemText.feedback} format={format} label={s.reviewersLabel} /> : null}
      {hidden ? (
        <p className="ak-icon-note ak-feedback-summary__hidden">
          <InfoIcon className="ak-icon" />
          {hidden}
        </p>
      ) : null}
      {aggregates.length > 0 ? (
        <ol className="ak-feedback-summary__questions" aria-label={s.questionsLabel}>
          {aggregates.map((aggregate) => (
            <li key={aggregate.question.id} className="ak-feedback-summary__question">
              <QuestionHeading className="ak-feedback-summary__prompt">{aggregate.question.prompt}</QuestionHeading>
              <AggregateLine aggregate={aggregate} text={t} format={format} />
              {shown.length > 0 ? (
                <ul className="ak-feedback-summary__answers" aria-label={s.answersLabel(aggregate.question.prompt)}>
                  {shown.map((reviewer) => (
                    <li key={reviewer.reviewerId} className="ak-feedback-summary__answer">
                      <span className="ak-feedback-summary__who">{names.get(reviewer.reviewerId) ?? reviewer.reviewerId}</span>
                      <FeedbackAnswer question={aggregate.question} answer={reviewer.answers?.[aggregate.question.id]} text={t} format={format} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
