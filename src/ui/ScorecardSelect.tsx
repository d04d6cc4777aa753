import { forwardRef, type SelectHTMLAttributes } from 'react';
import type { ScorecardTemplate } from '../domain';
import { NO_SCORECARD, PLAN_SCORECARD, templateScorecard } from '../domain/scorecard-choice';

export interface ScorecardSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  templates: readonly ScorecardTemplate[];
  noneLabel: string;
  /** Offers a plan activity's own questions under this label; none without it. */
  planLabel?: string | null;
}

/** The scorecard choice of a write form: none, a plan activity's own questions, or a template (`scorecard-choice`). */
export const ScorecardSelect = forwardRef<HTMLSelectElement, ScorecardSelectProps>(function ScorecardSelect({ templates, noneLabel, planLabel, ...props }, ref) {
  return (
    <select ref={ref} className="ak-input ak-scorecard-select" {...props}>
      <option className="ak-scorecard-select__option" value={NO_SCORECARD}>
        {noneLabel}
      </option>
      {planLabel ? (
        <option className="ak-scorecard-select__option" value={PLAN_SCORECARD}>
          {planLabel}
        </option>
      ) : null}
      {templates.map((template) => (
        <option key={template.id} className="ak-scorecard-select__option" value={templateScorecard(template.id)}>
          {template.name}
        </option>
      ))}
    </select>
  );
});
