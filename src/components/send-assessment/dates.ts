/** Calendar days in the recruiter's time zone, as a date input holds them (`YYYY-MM-DD`). */
export function calendarDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addCalendarDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return calendarDay(new Date(year, month - 1, date + days));
}

/** The link works through the whole chosen day: it expires at its last second, local time. */
export function endOfCalendarDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 23, 59, 59).toISOString();
}

/** Noon of the day, as an ISO instant, for date formatters that expect one. */
export function middayOf(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12).toISOString();
}
