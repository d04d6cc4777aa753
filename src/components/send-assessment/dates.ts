import { dateOfDay } from '../../data/calendar-day';

/** The link works through the whole chosen day: it expires at its last second, local time. */
export function endOfCalendarDay(day: string): string {
  const end = dateOfDay(day);
  end.setHours(23, 59, 59);
  return end.toISOString();
}
