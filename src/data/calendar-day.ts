/**
 * Calendar days as the kit's forms hold them: `YYYY-MM-DD` in the viewer's own calendar (no time, no zone), so they
 * compare as strings. Reading a typed day follows the locale's numeric order ("16/11/2026" en-GB, "11/16/2026"
 * en-US, "16.11.2026" de) and also takes the month by name ("16 Nov 2026", "Nov 16, 2026") and ISO ("2026-11-16").
 */

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `Date` as its calendar day, in the viewer's time zone. */
export function calendarDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isCalendarDay(value: string): boolean {
  return DAY_PATTERN.test(value);
}

/** Noon of the day, local time: a moment no time-zone shift moves to another day. */
export function dateOfDay(day: string): Date {
  const [, year, month, date] = DAY_PATTERN.exec(day)!.map(Number) as [number, number, number, number];
  return new Date(year, month - 1, date, 12);
}

export function addCalendarDays(day: string, days: number): string {
  const date = dateOfDay(day);
  date.setDate(date.getDate() + days);
  return calendarDay(date);
}

/** The same day of another month, or that month's last day when it is shorter (31 Jan + 1 month = 28 Feb). */
export function addCalendarMonths(day: string, months: number): string {
  const date = dateOfDay(day);
  const wanted = date.getDate();
  date.setDate(1);
  date.setMonth(date.getMonth() + months);
  const last = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  date.setDate(Math.min(wanted, last));
  return calendarDay(date);
}

/** The first day of the week in the locale (0 Sunday … 6 Saturday): its week info where the runtime has it. */
export function firstDayOfWeek(locale: string | undefined): number {
  const resolved = new Intl.DateTimeFormat(locale).resolvedOptions().locale;
  const info = weekInfoOf(new Intl.Locale(resolved));
  if (info) return info.firstDay % 7;
  return new Intl.Locale(resolved).maximize().region === 'US' ? 0 : 1;
}

type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
function weekInfoOf(locale: Intl.Locale): { firstDay: number } | undefined {
  const withInfo = locale as WeekInfoLocale;
  return withInfo.getWeekInfo?.() ?? withInfo.weekInfo;
}

export type DayPart = 'day' | 'month' | 'year';

/** The locale's numeric order and separator: en-GB `day/month/year`, en-US `month/day/year`, de `day.month.year`. */
export function numericDayPattern(locale: string | undefined): { order: DayPart[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(new Date(2026, 10, 16));
  const order = parts.map((part) => part.type).filter((type): type is DayPart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((part) => part.type === 'literal')?.value.replace(/[\u200e\u200f]/g, '') ?? '/';
  return { order, separator };
}

/**
 * The calendar day a person typed, or null when it names none (half typed, no such day). Two-digit years are this
 * century's. The month may be a number in the locale's order or a name (short or long, "Nov", "November").
 */
export function parseTypedDay(text: string, locale: string | undefined): string | null {
  const tokens = asciiDigits(text.toLocaleLowerCase(locale)).match(/\p{L}[\p{L}\p{M}]*|\d+/gu) ?? [];
  const numbers = tokens.filter((token) => /^\d+$/.test(token));
  const named = tokens.filter((token) => !/^\d/.test(token)).map((word) => monthByName(word, locale)).find((month) => month !== null);

  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  if (numbers.length === 3 && numbers[0]!.length === 4) {
    [year, month, day] = numbers;
  } else if (named !== undefined && numbers.length === 2) {
    // The day is the short number, the year the long one, whichever order the locale writes them in.
    const yearFirst = numbers[0]!.length > 2 && numbers[1]!.length <= 2;
    [year, day] = yearFirst ? numbers : [numbers[1], numbers[0]];
    month = String(named);
  } else if (named === undefined && numbers.length === 3) {
    const { order } = numericDayPattern(locale);
    const byPart = Object.fromEntries(order.map((part, index) => [part, numbers[index]])) as Record<DayPart, string>;
    ({ day, month, year } = byPart);
  } else {
    return null;
  }
  return dayOf(Number(year!.length === 2 ? `20${year}` : year), Number(month), Number(day));
}

function dayOf(year: number, month: number, date: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || date < 1) return null;
  const value = new Date(year, month - 1, date, 12);
  return value.getMonth() === month - 1 ? calendarDay(value) : null;
}

const monthNames = new Map<string, string[][]>();
/** 1-12 for a month's name in the locale (short or long, with or without its dot), or null. */
function monthByName(word: string, locale: string | undefined): number | null {
  const key = locale ?? '';
  let names = monthNames.get(key);
  if (!names) {
    const styles = ['short', 'long'] as const;
    names = Array.from({ length: 12 }, (_, month) =>
      styles.map((style) => new Intl.DateTimeFormat(locale, { month: style }).format(new Date(2026, month, 15)).toLocaleLowerCase(locale).replace(/\.$/, '')),
    );
    monthNames.set(key, names);
  }
  const found = names.findIndex((forms) => forms.some((name) => name === word || (word.length >= 3 && name.startsWith(word))));
  return found >= 0 ? found + 1 : null;
}

/** Arabic-Indic and Persian digits as ASCII ones, so a day typed in either reads the same. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}
