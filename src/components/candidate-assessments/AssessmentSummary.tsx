import { forwardRef, useMemo, type ComponentPropsWithoutRef } from 'react';
import { useKitText } from '../../data/kit-context';
import { useRootProps } from '../../data/root-props';
import type { TextOverrides } from '../../data/text';
import type { Assessment } from '../../domain/assessment';
import { AssessmentStatusBadge } from '../../ui/status-badge/AssessmentStatusBadge';
import { newestFirst } from './order';
import { assessmentSummaryText } from './summary-text';

export interface AssessmentSummaryProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The candidate's assessments, in any order: the rows of a pipeline table already hold them, so the summary
   * fetches nothing. For one live row, pass `useCandidateAssessments(candidateId).data ?? []`.
   */
  assessments: readonly Assessment[];
  /** Text overrides (`assessmentSummary`, `statusBadge`), over the provider's. */
  text?: TextOverrides;
}

/**
 * A pipeline or candidate-list row's cell: the latest assessment's test, and under it its status badge with the
 * detail (score when completed, expiry while open) and how many others there are. Small on purpose: no dialogs, no
 * schemas, no queries, so a table of thousands of rows stays light.
 */
export const AssessmentSummary = forwardRef<HTMLSpanElement, AssessmentSummaryProps>(function AssessmentSummary(
  { assessments, text: textProp, className, style, ...props },
  ref,
) {
  const text = useKitText('assessmentSummary', assessmentSummaryText, textProp);
  const rootProps = useRootProps(className ? `ak-assessment-summary ${className}` : 'ak-assessment-summary', style);
  const [latest, ...others] = useMemo(
    () => (assessments.length > 1 ? newestFirst(assessments) : assessments),
    [assessments],
  );

  if (!latest) {
    return (
      <span ref={ref} {...props} {...rootProps} data-empty="">
        <span className="ak-assessment-summary__none">{text.none}</span>
      </span>
    );
  }
  return (
    <span ref={ref} {...props} {...rootProps}>
      <span className="ak-assessment-summary__test">{latest.testTitle}</span>
      {/* The status on a line of its own, so in a table it starts at the cell's edge in every row, whatever the title's length. */}
      <span className="ak-assessment-summary__status">
        {/* A live interview reads Scheduled and Ended, and has no score to wait for. */}
        <AssessmentStatusBadge assessment={latest} showDetail size="sm" text={textProp} />
        {latest.status === 'completed' && !latest.score && latest.kind === 'test' ? (
          <span className="ak-assessment-summary__pending">{text.scorePending}</span>
        ) : null}
        {others.length > 0 ? (
          <span className="ak-assessment-summary__others">
            <span className="ak-assessment-summary__count" aria-hidden="true">{text.others(others.length)}</span>
            <span className="ak-visually-hidden">{text.othersSpoken(others.length)}</span>
          </span>
        ) : null}
      </span>
    </span>
  );
});
