import { useMemo } from 'react';
import { useAssessmentKit } from '../../data/kit-context';
import { useItemFormat, type ItemFormat } from '../../ui/assessment-item/format';

/** The formatting feedback views share, made once per locale: an item's, and the time of day. */
export interface FeedbackFormat extends ItemFormat {
  /** "09:41". */
  time: (iso: string) => string;
}

export function useFeedbackFormat(): FeedbackFormat {
  const { locale } = useAssessmentKit('useFeedbackFormat');
  const item = useItemFormat();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return { ...item, time: (iso) => time.format(new Date(iso)) };
  }, [item, locale]);
}
