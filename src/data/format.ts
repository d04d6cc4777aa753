import { useMemo } from 'react';
import { dateOfDay } from './calendar-day';
import { useAssessmentKit } from './kit-context';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Locale-aware date formatting, bound to the provider's locale and clock. */
export function useFormatters() {
  const { locale, now } = useAssessmentKit('useFormatters');
  return useMemo(() => sharedFormatters(locale, now), [locale, now]);
}

/**
 * One set of formatters per clock and locale, shared by every component: building the five Intl formatters is the
 * expensive part, and a table of 5,000 status badges would otherwise build 25,000 of them.
 */
const formatterCache = new WeakMap<() => Date, Map<string, Formatters>>();
function sharedFormatters(locale: string | undefined, now: () => Date): Formatters {
  let byLocale = formatterCache.get(now);
  if (!byLocale) formatterCache.set(now, (byLocale = new Map()));
  const key = locale ?? '';
  let formatters = byLocale.get(key);
  if (!formatters) byLocale.set(key, (formatters = createFormatters(locale, now)));
  return formatters;
}

export function createFormatters(locale: string | undefined, now: () => Date) {
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  const dateWithYear = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // What only date and time fields need, built on first use.
  const day = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const time = lazy(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const monthYear = lazy(() => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }));
  const weekday = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'short' }));
  const fullDay = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'full' }));

  return {
    /** "2 Nov", or "2 Nov 2025" outside the current year. */
    date(iso: string): string {
      const value = new Date(iso);
      return value.getFullYear() === now().getFullYear() ? date.format(value) : dateWithYear.format(value);
    },
    /** "5 Nov 2026, 15:30" (en-GB): a moment, the way the date and time fields show it together. */
    dateTime(iso: string): string {
      return dateTime.format(new Date(iso));
    },
    /** A calendar day (`YYYY-MM-DD`) as the date field shows it: "16 Nov 2026" en-GB, "16.11.2026" de. */
    day(calendarDay: string): string {
      return day().format(dateOfDay(calendarDay));
    },
    /** The time of day of a moment, as the time field shows it: "15:30" en-GB, "3:30 PM" en-US. */
    time(at: string | Date): string {
      return time().format(new Date(at));
    },
    /** The calendar's caption, "November 2026". */
    monthYear(calendarDay: string): string {
      return monthYear().format(dateOfDay(calendarDay));
    },
    /** A column heading of the calendar, "Mon". */
    weekday(calendarDay: string): string {
      return weekday().format(dateOfDay(calendarDay));
    },
    /** A day as a screen reader hears it in the calendar, "Monday, 16 November 2026". */
    fullDay(calendarDay: string): string {
      return fullDay().format(dateOfDay(calendarDay));
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

function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}
