import { useMemo } from 'react';
import { useAssessmentKit } from './kit-context';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Locale-aware date formatting, bound to the provider's locale and clock. */
export function useFormatters() {
  const { locale, now } = useAssessmentKit('useFormatters');
  return useMemo(() => createFormatters(locale, now), [locale, now]);
}

export function createFormatters(locale: string | undefined, now: () => Date) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const dateWithYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

  return {
    /** "2 Nov", or "2 Nov 2025" outside the current year. */
    date(iso: string): string {
      const value = new Date(iso);
      return value.getFullYear() === now().getFullYear() ? date.format(value) : dateWithYear.format(value);
    },
    dateTime(iso: string): string {
      return dateTime.format(new Date(iso));
    },
    /** "in 3 days", "2 hours ago", "tomorrow". */
    relative(iso: string): string {
      const diff = new Date(iso).getTime() - now().getTime();
      const abs = Math.abs(diff);
      if (abs >= DAY) return relative.format(Math.round(diff / DAY), 'day');
      if (abs >= HOUR) return relative.format(Math.round(diff / HOUR), 'hour');
      return relative.format(Math.round(diff / MINUTE), 'minute');
    },
    number(value: number): string {
      return number.format(value);
    },
    isPast(iso: string): boolean {
      return new Date(iso).getTime() <= now().getTime();
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
