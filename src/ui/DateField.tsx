import { forwardRef, useMemo, useRef, useState } from 'react';
import { calendarDay, isCalendarDay, numericDayPattern, parseTypedDay } from '../data/calendar-day';
import { useFormatters } from '../data/format';
import { useAssessmentKit, useKitText } from '../data/kit-context';
import { CalendarPopup } from './CalendarPopup';
import type { ControlProps } from './control-props';
import { dateFieldText } from './date-field-text';
import { CalendarIcon } from './icons';

/** `id` names the text input; `name` submits the day (`YYYY-MM-DD`) with a native form. */
export interface DateFieldProps extends ControlProps {
  /**
   * The calendar day, `YYYY-MM-DD`; `''` for none; or, while what the user typed names no day ("16 Nov"), that text,
   * so a form can say to finish it instead of reading "no date".
   */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** The first and last days that can be chosen, `YYYY-MM-DD`. */
  min?: string;
  max?: string;
  'aria-required'?: boolean | 'true' | 'false';
}

/**
 * The kit's date field, in the provider's locale: a text input that shows the day as the kit writes dates
 * ("16 Nov 2026" en-GB, "16.11.2026" de) and reads one typed in the locale's numeric order or with the month's name,
 * and a button that opens a month grid. Two Tab stops. The ref is the text input's (a form focuses it on an error).
 */
export const DateField = forwardRef<HTMLInputElement, DateFieldProps>(function DateField(props, ref) {
  const { value, onChange, onBlur, min, max, id, name, disabled, readOnly, className } = props;
  const t = useKitText('dateField', dateFieldText, props.text);
  const format = useFormatters();
  const { locale, now } = useAssessmentKit('DateField');
  const boxRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // What the user is typing; null shows the value as the kit writes it.
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  const isDay = isCalendarDay(value);
  const shown = draft ?? (isDay ? format.day(value) : value);
  const placeholder = useMemo(() => {
    const { order, separator } = numericDayPattern(locale);
    return order.map((part) => t.placeholder[part]).join(separator);
  }, [locale, t.placeholder]);

  const close = (restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) buttonRef.current?.focus();
  };
  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  return (
    <div ref={boxRef} className={className ? `ak-date-field ${className}` : 'ak-date-field'} data-invalid={invalid || undefined} data-disabled={disabled || undefined}>
      <input
        ref={ref}
        id={id}
        type="text"
        className="ak-date-field__input"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={shown}
        disabled={disabled}
        readOnly={readOnly}
        aria-label={props['aria-label']}
        aria-labelledby={props['aria-labelledby']}
        aria-describedby={props['aria-describedby']}
        aria-invalid={invalid || undefined}
        aria-required={props['aria-required']}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          setDraft(typed);
          onChange(typed.trim() === '' ? '' : (parseTypedDay(typed, locale) ?? typed));
        }}
        onBlur={() => {
          setDraft(null);
          onBlur?.();
        }}
      />
      <button
        ref={buttonRef}
        type="button"
        className="ak-date-field__button"
        aria-label={t.openCalendar(isDay ? format.day(value) : null)}
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={disabled || readOnly}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <CalendarIcon />
      </button>
      {name ? <input type="hidden" className="ak-date-field__form-value" name={name} value={isDay ? value : ''} /> : null}
      {open ? (
        <CalendarPopup
          anchorRef={boxRef}
          selected={isDay ? value : null}
          today={calendarDay(now())}
          min={min}
          max={max}
          t={t}
          onPick={(day) => {
            setDraft(null);
            if (day !== value) onChange(day);
            close(true);
          }}
          onClose={close}
        />
      ) : null}
    </div>
  );
});
