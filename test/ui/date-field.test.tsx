import { screen, within } from '@testing-library/react';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Field } from '../../src/ui/Field';
import { DateField } from '../../src/ui/DateField';
import { TimeField } from '../../src/ui/TimeField';
import { renderWithKit } from '../support/kit';

// The kit's clock: Monday 2 November 2026.
interface Values {
  day: string;
}

function DateForm({ initial = '', min, max, onSubmit = () => {} }: { initial?: string; min?: string; max?: string; onSubmit?: (values: Values) => void }) {
  const form = useForm<Values>({ defaultValues: { day: initial } });
  return (
    <form aria-label="Form" onSubmit={form.handleSubmit(onSubmit)}>
      <Controller
        control={form.control}
        name="day"
        render={({ field }) => (
          <Field label="Start">
            <DateField {...field} min={min} max={max} />
          </Field>
        )}
      />
      <button type="submit">Save</button>
    </form>
  );
}

const input = () => screen.getByRole('textbox', { name: 'Start' });
const calendarButton = () => screen.getByRole('button', { name: /^Choose date/ });
const calendar = () => screen.getByRole('dialog', { name: 'Choose a date' });
const focusedDay = () => document.activeElement?.getAttribute('data-day');

describe('DateField: typing', () => {
  it.each([
    ['en-GB', '16/11/2026', '16 Nov 2026', 'dd/mm/yyyy'],
    ['en-US', '11/16/2026', 'Nov 16, 2026', 'mm/dd/yyyy'],
    ['de', '16.11.2026', '16.11.2026', 'TT.MM.JJJJ'],
  ])('in %s reads the locale’s numeric order and shows the day as the kit writes dates', async (locale, typed, shown, placeholder) => {
    const onSubmit = vi.fn();
    const german = { dateField: { placeholder: { day: 'TT', month: 'MM', year: 'JJJJ' } } };
    const { user } = renderWithKit(<DateForm onSubmit={onSubmit} />, { provider: { locale, text: locale === 'de' ? german : undefined } });
    expect(input()).toHaveAttribute('placeholder', placeholder);
    await user.type(input(), typed);
    await user.tab();
    expect(input()).toHaveValue(shown);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ day: '2026-11-16' }, expect.anything());
  });

  it.each([
    ['en-GB', '16 Nov 2026'],
    ['en-GB', '16 november 26'],
    ['en-US', 'Nov 16, 2026'],
    ['de', '16. Nov. 2026'],
    ['en-GB', '2026-11-16'],
  ])('in %s also takes “%s”, the month by name or ISO', async (locale, typed) => {
    const onSubmit = vi.fn();
    const { user } = renderWithKit(<DateForm onSubmit={onSubmit} />, { provider: { locale } });
    await user.type(input(), typed);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ day: '2026-11-16' }, expect.anything());
  });

  it('keeps a typed text that names no day as it is, for the form to call incomplete, never as “no date”', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithKit(<DateForm initial="2026-11-09" onSubmit={onSubmit} />);
    expect(input()).toHaveValue('9 Nov 2026');
    await user.clear(input());
    await user.type(input(), '31/02/2026');
    await user.tab();
    expect(input()).toHaveValue('31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ day: '31/02/2026' }, expect.anything());

    await user.clear(input());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenLastCalledWith({ day: '' }, expect.anything());
  });

  it('costs two Tab stops: the input and the calendar button', async () => {
    const { user } = renderWithKit(<DateForm initial="2026-11-09" />);
    await user.tab();
    expect(input()).toHaveFocus();
    await user.tab();
    expect(calendarButton()).toHaveFocus();
    expect(calendarButton()).toHaveAccessibleName('Choose date, 9 Nov 2026');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });
});

describe('DateField: the calendar', () => {
  it('opens on the chosen day, moves by the APG keys, and Enter picks, closes and returns focus to the button', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithKit(<DateForm initial="2026-11-18" onSubmit={onSubmit} />);
    await user.click(calendarButton());
    const grid = within(calendar()).getByRole('grid', { name: 'November 2026' });
    expect(calendarButton()).toHaveAttribute('aria-expanded', 'true');
    expect(focusedDay()).toBe('2026-11-18');
    expect(within(grid).getByRole('gridcell', { name: 'Wednesday, 18 November 2026' })).toHaveAttribute('aria-selected', 'true');
    expect(within(grid).getByRole('gridcell', { name: 'Monday, 2 November 2026' })).toHaveAttribute('aria-current', 'date');

    await user.keyboard('{ArrowRight}');
    expect(focusedDay()).toBe('2026-11-19');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(focusedDay()).toBe('2026-11-17');
    await user.keyboard('{ArrowDown}');
    expect(focusedDay()).toBe('2026-11-24');
    await user.keyboard('{ArrowUp}');
    expect(focusedDay()).toBe('2026-11-17');
    // en-GB weeks start on Monday: Home and End are Monday 16 and Sunday 22.
    await user.keyboard('{Home}');
    expect(focusedDay()).toBe('2026-11-16');
    await user.keyboard('{End}');
    expect(focusedDay()).toBe('2026-11-22');
    await user.keyboard('{PageDown}');
    expect(focusedDay()).toBe('2026-12-22');
    expect(within(calendar()).getByRole('heading', { name: 'December 2026' })).toBeInTheDocument();
    await user.keyboard('{PageUp}{PageUp}');
    expect(focusedDay()).toBe('2026-10-22');
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(focusedDay()).toBe('2027-10-22');
    await user.keyboard('{Shift>}{PageUp}{/Shift}');
    expect(focusedDay()).toBe('2026-10-22');

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calendarButton()).toHaveFocus();
    expect(input()).toHaveValue('22 Oct 2026');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ day: '2026-10-22' }, expect.anything());
  });

  it('starts the week on Sunday in en-US and Monday in en-GB', async () => {
    const first = async (locale: string) => {
      const { user, unmount } = renderWithKit(<DateForm initial="2026-11-18" />, { provider: { locale } });
      await user.click(calendarButton());
      const heading = within(calendar()).getAllByRole('columnheader')[0]!.textContent;
      unmount();
      return heading;
    };
    expect(await first('en-US')).toBe('Sun');
    expect(await first('en-GB')).toBe('Mon');
  });

  it('offers no day outside min and max: they are disabled, announced so, and Enter does not pick them', async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithKit(<DateForm initial="2026-11-09" min="2026-11-03" max="2026-11-16" onSubmit={onSubmit} />);
    await user.click(calendarButton());
    const grid = within(calendar()).getByRole('grid');
    expect(within(grid).getByRole('gridcell', { name: 'Monday, 2 November 2026' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(grid).getByRole('gridcell', { name: 'Tuesday, 17 November 2026' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(grid).getByRole('gridcell', { name: 'Monday, 16 November 2026' })).not.toHaveAttribute('aria-disabled');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedDay()).toBe('2026-11-23');
    await user.keyboard('{Enter}');
    // Still open, nothing chosen.
    expect(calendar()).toBeInTheDocument();
    await user.click(within(grid).getByRole('gridcell', { name: 'Tuesday, 17 November 2026' }));
    expect(calendar()).toBeInTheDocument();
    await user.click(within(grid).getByRole('gridcell', { name: 'Monday, 16 November 2026' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ day: '2026-11-16' }, expect.anything());
  });

  it('opens on today when empty, keeps Tab inside, and Escape closes it with focus back on the button', async () => {
    const { user } = renderWithKit(<DateForm />);
    await user.click(calendarButton());
    expect(focusedDay()).toBe('2026-11-02');
    await user.tab();
    expect(within(calendar()).getByRole('button', { name: 'Previous month' })).toHaveFocus();
    await user.tab();
    expect(within(calendar()).getByRole('button', { name: 'Next month' })).toHaveFocus();
    // The month buttons keep focus as the month changes.
    await user.click(within(calendar()).getByRole('button', { name: 'Next month' }));
    expect(within(calendar()).getByRole('heading', { name: 'December 2026' })).toBeInTheDocument();
    expect(within(calendar()).getByRole('button', { name: 'Next month' })).toHaveFocus();
    await user.tab();
    expect(focusedDay()).toBe('2026-12-02');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(calendarButton()).toHaveFocus();
    expect(input()).toHaveValue('');
  });
});

describe('TimeField', () => {
  function TimeForm({ initial = '', min }: { initial?: string; min?: string }) {
    const form = useForm({ defaultValues: { time: initial } });
    return (
      <Controller control={form.control} name="time" render={({ field }) => <TimeField {...field} aria-label="Time" min={min} />} />
    );
  }

  it.each([
    ['en-GB', '15:30'],
    ['en-US', '3:30 PM'],
  ])('lists the quarter hours in %s', async (locale, label) => {
    const { user } = renderWithKit(<TimeForm min="09:00" />, { provider: { locale } });
    const time = screen.getByRole('combobox', { name: 'Time' });
    expect(time).toHaveTextContent('Choose a time');
    await user.click(time);
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(96);
    expect(options[1]).toHaveAccessibleName(locale === 'en-GB' ? '00:15' : '12:15 AM');
    // Before `min`: listed, not offered.
    expect(options[35]).toHaveAttribute('aria-disabled', 'true');
    expect(options[36]).not.toHaveAttribute('aria-disabled');
    await user.click(screen.getByRole('option', { name: label }));
    expect(time).toHaveTextContent(label);
  });

  it('keeps a time off the quarter hours that the host set, in its place', async () => {
    const { user } = renderWithKit(<TimeForm initial="09:40" />);
    const time = screen.getByRole('combobox', { name: 'Time' });
    expect(time).toHaveTextContent('09:40');
    await user.click(time);
    const names = screen.getAllByRole('option').map((option) => option.textContent);
    expect(names.slice(38, 41)).toEqual(['09:30', '09:40', '09:45']);
  });
});
