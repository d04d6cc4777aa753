import { useMemo } from 'react';
import { useFormatters, type Formatters } from '../../data/format';
import { useAssessmentKit } from '../../data/kit-context';

/** The formatting an assessment item and its result need, made once per locale. */
export interface ItemFormat extends Formatters {
  /** "82%". */
  percent: (ratio: number) => string;
  /** "Ana Park, Ben Ode and Cy Li". */
  list: (items: readonly string[]) => string;
}

export function useItemFormat(): ItemFormat {
  const { locale } = useAssessmentKit('useItemFormat');
  const formatters = useFormatters();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return { ...formatters, percent: (ratio) => percent.format(ratio), list: (items) => list.format(items) };
  }, [formatters, locale]);
}

/** A score as the item shows and says it: "41/50 · 82%", spoken "41 out of 50, 82%". */
export function scoreWords(score: { got: number; total: number }, format: ItemFormat) {
  return [format.number(score.got), format.number(score.total), format.percent(score.got / score.total)] as const;
}
