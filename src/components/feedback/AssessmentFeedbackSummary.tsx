import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { useAssessmentFeedback } from '../../data/hooks/use-feedback';
import { useRootProps } from '../../data/root-props';
import type { TextOverrides } from '../../data/text';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../ui/error-message';
import { RetryAlert } from '../../ui/RetryAlert';
import { useRetainedError } from '../../ui/use-retained-error';
import { FeedbackSkeleton } from './FeedbackSkeleton';
import { FeedbackSummaryView, type HeadingLevel } from './FeedbackSummaryView';
import { useFeedbackWords } from './use-feedback-words';

export interface AssessmentFeedbackSummaryProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  assessmentId: string;
  /** Level of the summary's heading (default 2); each question's heading is one level below. */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** Text overrides (`feedback`, `statusBadge`, `common`), over the provider's. */
  text?: TextOverrides;
}

/**
 * For the hiring team: where each reviewer stands (due, draft, submitted), whether the every/any rule is met, and
 * per question the average (stars, scores) or counts (yes/no, selects) with each reviewer's answer, as far as the
 * backend lets the signed-in user see them.
 */
export const AssessmentFeedbackSummary = forwardRef<HTMLElement, AssessmentFeedbackSummaryProps>(function AssessmentFeedbackSummary(
  { assessmentId, headingLevel = 2, text: textOverrides, className, style, ...props },
  ref,
) {
  const { t, itemText, common, statusText, format } = useFeedbackWords(textOverrides);
  const rootProps = useRootProps(className ? `ak-feedback-summary-root ${className}` : 'ak-feedback-summary-root', style);
  const headingId = useId();
  const query = useAssessmentFeedback(assessmentId);
  const error = useRetainedError(query);
  const feedback = query.data;
  const Heading = `h${headingLevel}` as 'h2';

  let body: ReactNode;
  if (feedback?.assessment.status === 'completed') {
    body = <FeedbackSummaryView feedback={feedback} headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel} text={t} itemText={itemText} format={format} />;
  } else if (feedback) {
    body = (
      <Alert tone="info" title={t.notOpen.title}>
        {t.notOpen.description(statusText.labels[feedback.assessment.status])}
      </Alert>
    );
  } else if (error) {
    body = (
      <RetryAlert title={t.loadError} retryLabel={t.retry} onRetry={() => void query.refetch()} retrying={query.isFetching} size="sm">
        {errorMessage(error, common)}
      </RetryAlert>
    );
  } else {
    body = <FeedbackSkeleton label={t.loading} />;
  }

  return (
    <section ref={ref} aria-labelledby={headingId} {...props} {...rootProps}>
      <header className="ak-feedback-form__header">
        <Heading id={headingId} className="ak-view-heading">
          {t.summaryHeading}
        </Heading>
        {feedback ? <p className="ak-feedback-form__test">{feedback.assessment.testTitle}</p> : null}
      </header>
      {body}
    </section>
  );
});
