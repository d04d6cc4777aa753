import { useMemo } from 'react';
import type { AssessmentFeedback } from '../../domain/feedback';
import { aggregateFeedback, type QuestionAggregate } from '../../domain/feedback-summary';
import { ReviewerStates } from '../../ui/assessment-item/ReviewerStates';
import type { AssessmentItemText } from '../../ui/assessment-item/text';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { CircleCheckIcon, ClipboardListIcon, HourglassIcon, InfoIcon } from '../../ui/icons';
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

/** One bar per answer a yes/no or select question offers: how many reviewers gave it, as a word and a length. */
function AnswerBars({ bars, answered, text: s }: { bars: Array<{ label: string; count: number }>; answered: number; text: FeedbackText['summary'] }) {
  return (
    <ul className="ak-feedback-summary__options">
      {bars.map(({ label, count }) => (
        <li key={label} className="ak-feedback-summary__option" data-chosen={count > 0 || undefined}>
          <span className="ak-feedback-summary__option-label">{s.optionCount(label, count)}</span>
          {/* The fill's `width` attribute carries the length: a style attribute would be dropped from the server's HTML
              by a strict CSP (`style-src 'self'`). No class on it: the kit's reset would unset the attribute. */}
          <svg className="ak-feedback-summary__bar" aria-hidden="true" focusable="false">
            <rect width={`${(count / answered) * 100}%`} height="100%" rx="3" fill="currentColor" />
          </svg>
        </li>
      ))}
    </ul>
  );
}

function AggregateLine({ aggregate, text: t, format }: { aggregate: QuestionAggregate; text: FeedbackText; format: FeedbackFormat }) {
  const s = t.summary;
  if (aggregate.answered === 0) return <p className="ak-feedback-summary__aggregate" data-empty="">{s.noAnswers}</p>;
  let bars: Array<{ label: string; count: number }> | null = null;
  if (aggregate.kind === 'yes_no') {
    bars = [
      { label: t.questions.yes, count: aggregate.yes },
      { label: t.questions.no, count: aggregate.no },
    ];
  }
  if (aggregate.kind === 'choices') bars = aggregate.options.map(({ option, count }) => ({ label: option, count }));
  return (
    <div className="ak-feedback-summary__aggregate">
      {aggregate.kind === 'rating' && aggregate.average !== null ? (
        <span className="ak-feedback-summary__figure">{s.average(format.number(aggregate.average), aggregate.max)}</span>
      ) : null}
      <span className="ak-feedback-summary__count">{s.answered(aggregate.answered)}</span>
      {bars ? <AnswerBars bars={bars} answered={aggregate.answered} text={s} /> : null}
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
  // Questions are listed once someone's answers show; before that, one empty state (or why they are hidden).
  const answeredAny = aggregates.some((aggregate) => aggregate.answered > 0);

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
      {aggregates.length > 0 && !answeredAny && !hidden ? (
        <EmptyState className="ak-feedback-summary__empty" icon={<ClipboardListIcon />} title={s.noAnswers} description={s.noAnswersYet} />
      ) : null}
      {answeredAny ? (
        <ol className="ak-feedback-summary__questions" aria-label={s.questionsLabel}>
          {aggregates.map((aggregate) => (
            <li key={aggregate.question.id} className="ak-feedback-summary__question">
              <QuestionHeading className="ak-feedback-summary__prompt">
                {/* The scorecard's words, in the host's language: their own direction, in the page's alignment. */}
                <bdi className="ak-feedback-summary__prompt-words">{aggregate.question.prompt}</bdi>
              </QuestionHeading>
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
