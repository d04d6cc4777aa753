import type { FeedbackAnswer as Answer } from '../../domain/feedback';
import { isAnswered } from '../../domain/feedback-rules';
import type { ScorecardQuestion } from '../../domain/scorecard';
import { StarIcon } from '../../ui/icons';
import type { FeedbackFormat } from './format';
import type { FeedbackText } from './text';

const maxOf = (question: ScorecardQuestion) => (question.type === 'stars' ? 5 : 10);

/** One answer, read-only: a rating as "4/5" (stars drawn too), yes/no as the word, selections as a list, text as written. */
export function FeedbackAnswer({
  question,
  answer,
  text: t,
  format,
}: {
  question: ScorecardQuestion;
  answer: Answer | undefined;
  text: FeedbackText;
  format: FeedbackFormat;
}) {
  if (answer === undefined || !isAnswered(answer)) {
    return (
      <span className="ak-feedback-answer" data-empty="">
        {t.answer.none}
      </span>
    );
  }
  if (typeof answer === 'number') {
    const max = maxOf(question);
    return (
      <span className="ak-feedback-answer" data-kind="rating">
        <span className="ak-feedback-answer__rating" aria-hidden="true">
          {question.type === 'stars' ? (
            <span className="ak-feedback-answer__stars">
              {Array.from({ length: max }, (_, index) => (
                <StarIcon key={index} className="ak-icon ak-feedback-answer__star" data-filled={index < answer || undefined} />
              ))}
            </span>
          ) : null}
          {t.answer.rating(answer, max)}
        </span>
        <span className="ak-visually-hidden">{t.answer.ratingSpoken(answer, max)}</span>
      </span>
    );
  }
  if (typeof answer === 'boolean') return <span className="ak-feedback-answer">{answer ? t.questions.yes : t.questions.no}</span>;
  if (Array.isArray(answer)) return <span className="ak-feedback-answer">{format.list(answer)}</span>;
  return (
    <span className="ak-feedback-answer" data-kind={question.type === 'text' ? 'text' : undefined}>
      <bdi className="ak-feedback-answer__words">{answer}</bdi>
    </span>
  );
}
