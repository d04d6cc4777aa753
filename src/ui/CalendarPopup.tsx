import { DismissableLayer } from '@radix-ui/react-dismissable-layer';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { addCalendarDays, addCalendarMonths, dateOfDay, calendarDay, firstDayOfWeek } from '../data/calendar-day';
import { useFormatters } from '../data/format';
import { useAssessmentKit } from '../data/kit-context';
import type { DateFieldText } from './date-field-text';
import { ChevronRightIcon } from './icons';
import { placePopup } from './place-popup';

interface CalendarPopupProps {
  /** What the popup is placed against: the date field's box. */
  anchorRef: RefObject<HTMLElement | null>;
  /** The field's day, or null: it is selected, and where focus starts. */
  selected: string | null;
  today: string;
  min?: string;
  max?: string;
  t: DateFieldText;
  onPick: (day: string) => void;
  /** Escape, or a press outside: `restoreFocus` when the field's button should take focus back. */
  onClose: (restoreFocus: boolean) => void;
}

/**
 * The month grid of the date field: the WAI-ARIA APG date picker dialog (arrows move a day, mirrored right to left;
 * Page Up/Down a month, with Shift a year; Home/End the week's ends; Enter or Space picks; Escape closes). A layer,
 * so Escape closes it before a dialog around it. It stays in the field's DOM (fixed, placed as the select's list
 * is): a modal dialog around it keeps focus inside its own content, and focus lives in this grid.
 */
export function CalendarPopup({ anchorRef, selected, today, min, max, t, onPick, onClose }: CalendarPopupProps) {
  const format = useFormatters();
  const { locale } = useAssessmentKit('DateField');
  const captionId = useId();
  const helpId = useId();
  const popupRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState(() => clamp(selected ?? today, min, max));
  const weekStart = firstDayOfWeek(locale);
  const outOfRange = (day: string) => (min !== undefined && day < min) || (max !== undefined && day > max);

  useLayoutEffect(() => {
    const place = () => {
      if (anchorRef.current && popupRef.current) placePopup(anchorRef.current, popupRef.current);
    };
    place();
    // The field moves with any scroller around it, with the window, and with a dialog still animating in.
    const moves = ['scroll', 'resize', 'animationend', 'transitionend'] as const;
    for (const type of moves) window.addEventListener(type, place, true);
    return () => {
      for (const type of moves) window.removeEventListener(type, place, true);
    };
  }, [anchorRef]);

  // The focused day takes focus on opening and as the grid's keys move it; the month buttons keep theirs.
  const focusGrid = useRef(true);
  useLayoutEffect(() => {
    if (!focusGrid.current) return;
    focusGrid.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus();
  }, [focused]);

  const weeks = monthWeeks(focused, weekStart);
  const month = focused.slice(0, 7);

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const weekday = (dateOfDay(focused).getDay() - weekStart + 7) % 7;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addCalendarDays(focused, rtl ? 1 : -1),
      ArrowRight: () => addCalendarDays(focused, rtl ? -1 : 1),
      ArrowUp: () => addCalendarDays(focused, -7),
      ArrowDown: () => addCalendarDays(focused, 7),
      PageUp: () => addCalendarMonths(focused, event.shiftKey ? -12 : -1),
      PageDown: () => addCalendarMonths(focused, event.shiftKey ? 12 : 1),
      Home: () => addCalendarDays(focused, -weekday),
      End: () => addCalendarDays(focused, 6 - weekday),
    };
    if (event.key === 'Enter' || event.key === ' ') {
      if (!outOfRange(focused)) onPick(focused);
    } else if (moves[event.key]) {
      const next = moves[event.key]!();
      focusGrid.current = next !== focused;
      setFocused(next);
    } else return;
    event.preventDefault();
  };

  // Tab stays in the popup (a modal dialog): the two month buttons and the grid.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || !popupRef.current) return;
    const stops = [...popupRef.current.querySelectorAll<HTMLElement>('button:not(:disabled), [tabindex="0"]')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    const next = stops[(at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length];
    next?.focus();
    event.preventDefault();
  };

  return (
    <DismissableLayer
      ref={popupRef}
      className="ak-calendar"
      role="dialog"
      aria-modal="true"
      aria-label={t.calendarLabel}
      aria-describedby={helpId}
      onKeyDown={onKeyDown}
      onEscapeKeyDown={(event) => {
        event.preventDefault();
        onClose(true);
      }}
      onPointerDownOutside={(event) => {
        // The field's own button toggles the popup: its press is not an outside one.
        if (event.target instanceof Node && anchorRef.current?.contains(event.target)) event.preventDefault();
        else onClose(false);
      }}
      onFocusOutside={(event) => {
        if (event.target instanceof Node && anchorRef.current?.contains(event.target)) event.preventDefault();
        else onClose(false);
      }}
    >
      <div className="ak-calendar__header">
        <button type="button" className="ak-calendar__nav" aria-label={t.previousMonth} onClick={() => setFocused(addCalendarMonths(focused, -1))}>
          <span className="ak-calendar__back">
            <ChevronRightIcon />
          </span>
        </button>
        <h2 className="ak-calendar__caption" id={captionId} aria-live="polite">
          {format.monthYear(focused)}
        </h2>
        <button type="button" className="ak-calendar__nav" aria-label={t.nextMonth} onClick={() => setFocused(addCalendarMonths(focused, 1))}>
          <ChevronRightIcon />
        </button>
      </div>
      <table ref={gridRef} className="ak-calendar__grid" role="grid" aria-labelledby={captionId} onKeyDown={onGridKeyDown}>
        <thead className="ak-calendar__head">
          <tr className="ak-calendar__week">
            {weeks[0]!.map((day) => (
              <th key={day} scope="col" className="ak-calendar__weekday" abbr={format.weekday(day)}>
                {format.weekday(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="ak-calendar__body">
          {weeks.map((week) => (
            <tr key={week[0]} className="ak-calendar__week">
              {week.map((day) => {
                const disabled = outOfRange(day);
                return (
                  <td
                    key={day}
                    role="gridcell"
                    data-day={day}
                    className="ak-calendar__day"
                    tabIndex={day === focused ? 0 : -1}
                    aria-label={format.fullDay(day)}
                    aria-selected={day === selected}
                    aria-disabled={disabled || undefined}
                    aria-current={day === today ? 'date' : undefined}
                    data-outside={day.slice(0, 7) !== month || undefined}
                    onClick={() => (disabled ? setFocused(day) : onPick(day))}
                  >
                    {dateOfDay(day).getDate()}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ak-calendar__help" id={helpId}>
        {t.calendarHelp}
      </p>
    </DismissableLayer>
  );
}

function clamp(day: string, min: string | undefined, max: string | undefined): string {
  if (min !== undefined && day < min) return min;
  if (max !== undefined && day > max) return max;
  return day;
}

/** The weeks that hold the day's month, each from the locale's first weekday. */
function monthWeeks(day: string, weekStart: number): string[][] {
  const first = dateOfDay(`${day.slice(0, 7)}-01`);
  const lead = (first.getDay() - weekStart + 7) % 7;
  let cursor = calendarDay(new Date(first.getFullYear(), first.getMonth(), 1 - lead, 12));
  const weeks: string[][] = [];
  do {
    const week: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      week.push(cursor);
      cursor = addCalendarDays(cursor, 1);
    }
    weeks.push(week);
  } while (cursor.slice(0, 7) === day.slice(0, 7));
  return weeks;
}
