import * as z from 'zod/mini';
import { isCalendarDay } from '../../data/calendar-day';

export interface ScheduleLiveInterviewFormMessages {
  providerRequired: string;
  titleRequired: string;
  titleTooLong: string;
  interviewersRequired: string;
  whenPast: string;
  /** A date without its time, or a date typed only in part; the past message when not given. */
  whenIncomplete?: string;
}

export interface ScheduleLiveInterviewFormLimits {
  /** Now in the viewer's time zone, as a `datetime-local` input holds it (`YYYY-MM-DDTHH:mm`). */
  now: string;
  titleMaxLength: number;
}

/**
 * The schedule form, built from the (possibly translated) messages. `scorecard` holds `''` (none) or
 * `template:<id>`, as in the send form; `scheduledAt` is `''` (no set time) or a `datetime-local` value in the
 * viewer's time zone (`YYYY-MM-DDTHH:mm`), so it compares with `now` as a string. A date without its time (`2026-11-05T`), or
 * typed text that names no day yet before the `T`, is incomplete.
 */
export function createScheduleLiveInterviewFormSchema(messages: ScheduleLiveInterviewFormMessages, limits: ScheduleLiveInterviewFormLimits) {
  return z.object({
    providerId: z.string().check(z.minLength(1, messages.providerRequired)),
    title: z.string().check(
      z.refine((title) => title.trim() !== '', messages.titleRequired),
      z.maxLength(limits.titleMaxLength, messages.titleTooLong),
    ),
    interviewerIds: z.array(z.string()).check(z.minLength(1, messages.interviewersRequired)),
    scorecard: z.string(),
    scheduledAt: z.string().check(
      z.refine((when) => when === '' || isLocalDateTime(when), messages.whenIncomplete ?? messages.whenPast),
      z.refine((when) => !isLocalDateTime(when) || when > limits.now, messages.whenPast),
    ),
  });
}

export type ScheduleLiveInterviewFormValues = z.output<ReturnType<typeof createScheduleLiveInterviewFormSchema>>;

function isLocalDateTime(when: string): boolean {
  const { day, time } = splitLocalDateTime(when);
  return isCalendarDay(day) && /^\d{2}:\d{2}$/.test(time);
}

/** The date field's and the time field's halves of a `scheduledAt` value. */
export function splitLocalDateTime(when: string): { day: string; time: string } {
  const at = when.lastIndexOf('T');
  return at < 0 ? { day: when, time: '' } : { day: when.slice(0, at), time: when.slice(at + 1) };
}

/** The halves back together: no date is no set time (the time is chosen after the date). */
export function joinLocalDateTime(day: string, time: string): string {
  return day === '' ? '' : `${day}T${time}`;
}

/** A moment as a `datetime-local` input shows it, in the viewer's time zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The viewer's time zone by name ("Central European Time"), or its id when the runtime has no name for it. */
export function viewerTimeZoneName(locale: string | undefined, at: Date): string {
  const id = Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZoneName: 'longGeneric' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? id;
  } catch {
    return id;
  }
}
