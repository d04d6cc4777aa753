import { useMemo } from 'react';
import { useFormatters, type Formatters } from '../../data/format';
import { useAssessmentKit } from '../../data/kit-context';

/** The formatting feedback views share, made once per locale. */
export interface FeedbackFormat extends Formatters {
  percent: (ratio: number) => string;
  /** "09:41". */
  time: (iso: string) => string;
  /** "Testing, Performance and Accessibility". */
  list: (items: readonly string[]) => string;
}

export function useFeedbackFormat(): FeedbackFormat {
  const { locale } = useAssessmentKit('useFeedbackFormat');
  const formatters = useFormatters();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      ...formatters,
      percent: (ratio) => percent.format(ratio),
      time: (iso) => time.format(new Date(iso)),
      list: (items) => list.format(items),
    };
  }, [formatters, locale]);
}
