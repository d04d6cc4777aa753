/**
 * Strings of the kit's date and time fields (`DateField`, `TimeField`). Override them for every field through the
 * provider's `text.dateField`, or for one component tree through its `text` prop.
 */
export interface DateFieldText {
  /** Name the two parts of a date-and-time field (its group label names the whole). */
  dateLabel: string;
  timeLabel: string;
  /** The calendar button; `current` is the field's date as shown ("16 Nov 2026"), or null when it has none. */
  openCalendar: (current: string | null) => string;
  /** Names the calendar popup. */
  calendarLabel: string;
  previousMonth: string;
  nextMonth: string;
  /** How the calendar is used, read once when it opens. */
  calendarHelp: string;
  /** The letters an empty date field shows for each part, in the locale's order: "dd/mm/yyyy". */
  placeholder: { day: string; month: string; year: string };
  /** An empty time field. */
  timePlaceholder: string;
}

declare module '../data/text' {
  interface KitTextRegistry {
    dateField: DateFieldText;
  }
}

/** English defaults. */
export const dateFieldText: DateFieldText = {
  dateLabel: 'Date',
  timeLabel: 'Time',
  openCalendar: (current) => (current ? `Choose date, ${current}` : 'Choose date'),
  calendarLabel: 'Choose a date',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  calendarHelp: 'Arrow keys move by day, Page Up and Page Down by month, with Shift by year. Enter chooses.',
  placeholder: { day: 'dd', month: 'mm', year: 'yyyy' },
  timePlaceholder: 'Choose a time',
};
