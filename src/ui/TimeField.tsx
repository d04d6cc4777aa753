import { forwardRef, useMemo } from 'react';
import { useFormatters } from '../data/format';
import { useKitText } from '../data/kit-context';
import type { ControlProps } from './control-props';
import { dateFieldText } from './date-field-text';
import { Select, type SelectOption } from './Select';

export interface TimeFieldProps extends ControlProps {
  /** `HH:mm` (24-hour), or `''` for none. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  /** Slots before this time (`HH:mm`) are shown but can't be chosen (today's past times). */
  min?: string;
}

const SLOT_MINUTES = 15;

/** Every quarter hour of a day, `HH:mm`. */
const slots = Array.from({ length: (24 * 60) / SLOT_MINUTES }, (_, index) => hoursMinutes(Math.floor((index * SLOT_MINUTES) / 60), (index * SLOT_MINUTES) % 60));

/**
 * The kit's time field: the day's quarter hours in the provider's locale ("15:30" en-GB, "3:30 PM" en-US), in the
 * kit's select. A value off the quarter hours (set by the host) is kept and listed in its place.
 */
export const TimeField = forwardRef<HTMLButtonElement, TimeFieldProps>(function TimeField({ value, min, text, ...props }, ref) {
  const t = useKitText('dateField', dateFieldText, text);
  const format = useFormatters();
  const options = useMemo<SelectOption[]>(() => {
    const times = value !== '' && !slots.includes(value) ? [...slots, value].sort() : slots;
    return times.map((time) => ({ value: time, label: format.time(atTime(time)), disabled: min !== undefined && time < min }));
  }, [format, value, min]);
  return <Select {...props} ref={ref} value={value} options={options} placeholder={t.timePlaceholder} />;
});

function hoursMinutes(hours: number, minutes: number): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** A moment at that time of day, for the formatter (the day itself is never shown). */
function atTime(time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(2026, 0, 1, hours, minutes);
}
