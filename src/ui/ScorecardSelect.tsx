import { forwardRef, useMemo } from 'react';
import type { ScorecardTemplate } from '../domain';
import { NO_SCORECARD, PLAN_SCORECARD, templateScorecard } from '../domain/scorecard-choice';
import { Select, type SelectOption, type SelectProps } from './Select';

export interface ScorecardSelectProps extends Omit<SelectProps, 'options' | 'value'> {
  value: string;
  templates: readonly ScorecardTemplate[];
  noneLabel: string;
  /** Offers a plan activity's own questions under this label; none without it. */
  planLabel?: string | null;
}

/**
 * The scorecard choice of a write form: none, a plan activity's own questions, or a template (`scorecard-choice`).
 * Takes a react-hook-form `Controller`'s `field` as it is.
 */
export const ScorecardSelect = forwardRef<HTMLButtonElement, ScorecardSelectProps>(function ScorecardSelect({ templates, noneLabel, planLabel, ...props }, ref) {
  const options = useMemo<SelectOption[]>(
    () => [
      { value: NO_SCORECARD, label: noneLabel },
      ...(planLabel ? [{ value: PLAN_SCORECARD, label: planLabel }] : []),
      ...templates.map((template) => ({ value: templateScorecard(template.id), label: template.name })),
    ],
    [templates, noneLabel, planLabel],
  );
  return <Select ref={ref} {...props} options={options} />;
});
