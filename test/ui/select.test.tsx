import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { Field } from '../../src/ui/Field';
import { Select, type SelectOption } from '../../src/ui/Select';

type Fruit = 'apple' | 'banana' | 'blueberry' | 'cherry' | 'date' | 'elderberry';
const fruits: SelectOption<Fruit>[] = [
  { value: 'apple', label: 'Apple' },
  { value: 'banana', label: 'Banana', description: 'Yellow' },
  { value: 'blueberry', label: 'Blueberry' },
  { value: 'cherry', label: 'Cherry', disabled: true },
  { value: 'date', label: 'Date' },
  { value: 'elderberry', label: 'Elderberry' },
];

function Fruits({ initial = null, onChange = () => {}, ...props }: { initial?: Fruit | null; onChange?: (value: Fruit) => void; disabled?: boolean; readOnly?: boolean }) {
  const [value, setValue] = useState<Fruit | null>(initial);
  return (
    <>
      <Field label="Fruit">
        <Select
          value={value}
          placeholder="Choose a fruit"
          options={fruits}
          onChange={(next) => {
            setValue(next);
            onChange(next);
          }}
          {...props}
        />
      </Field>
      <button type="button">Next</button>
    </>
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'Fruit' });
const activeOption = () => {
  const id = combobox().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.querySelector('.ak-select__option-label')?.textContent : null;
};

describe('Select', () => {
  it('shows its placeholder until chosen, and picks an option with the pointer, keeping focus on the combobox', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Fruits onChange={onChange} />);
    expect(combobox()).toHaveTextContent('Choose a fruit');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');

    await user.click(combobox());
    const listbox = screen.getByRole('listbox', { name: 'Fruit' });
    expect(combobox()).toHaveAttribute('aria-controls', listbox.id);
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Apple', 'BananaYellow', 'Blueberry', 'Cherry', 'Date', 'Elderberry']);
    expect(within(listbox).getByRole('option', { name: 'Cherry' })).toHaveAttribute('aria-disabled', 'true');

    await user.click(within(listbox).getByRole('option', { name: /Banana/ }));
    expect(onChange).toHaveBeenCalledWith('banana');
    expect(combobox()).toHaveTextContent('Banana');
    expect(combobox()).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();

    await user.click(combobox());
    expect(screen.getByRole('option', { name: /Banana/ })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('option', { name: 'Cherry' }));
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('opens on the chosen option with the arrow keys, moves past disabled ones, and chooses with Enter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Fruits initial="blueberry" onChange={onChange} />);
    combobox().focus();
    await user.keyboard('{ArrowDown}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(activeOption()).toBe('Blueberry');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('Date');
    await user.keyboard('{ArrowUp}');
    expect(activeOption()).toBe('Blueberry');
    await user.keyboard('{End}');
    expect(activeOption()).toBe('Elderberry');
    await user.keyboard('{ArrowDown}');
    expect(activeOption()).toBe('Elderberry');
    await user.keyboard('{Home}');
    expect(activeOption()).toBe('Apple');
    await user.keyboard('{PageDown}');
    expect(activeOption()).toBe('Elderberry');
    await user.keyboard('{PageUp}');
    expect(activeOption()).toBe('Apple');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('apple');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).not.toHaveAttribute('aria-activedescendant');

    // Space opens it too, and chooses; End and Home open it at the last and first.
    await user.keyboard(' ');
    expect(activeOption()).toBe('Apple');
    await user.keyboard('{ArrowDown} ');
    expect(onChange).toHaveBeenLastCalledWith('banana');
    await user.keyboard('{End}');
    expect(activeOption()).toBe('Elderberry');
  });

  it('closes on Escape and on a press outside without changing the value', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Fruits initial="apple" onChange={onChange} />);
    await user.click(combobox());
    await user.keyboard('{ArrowDown}{Escape}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveFocus();
    expect(combobox()).toHaveTextContent('Apple');

    await user.click(combobox());
    await user.keyboard('{ArrowDown}');
    await user.click(document.body);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('chooses the active option on Tab and moves on', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Fruits initial="apple" onChange={onChange} />);
    combobox().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.tab();
    expect(onChange).toHaveBeenCalledWith('banana');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('moves to an option by typing its first letters, and cycles through options that start with a letter typed again', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Fruits onChange={onChange} />);
    combobox().focus();
    await user.keyboard('d');
    expect(combobox()).toHaveAttribute('aria-expanded', 'true');
    expect(activeOption()).toBe('Date');
    await user.keyboard('{Escape}b');
    expect(activeOption()).toBe('Banana');
    await user.keyboard('b');
    expect(activeOption()).toBe('Blueberry');
    await user.keyboard('{Escape}');

    // Typed together, the letters spell a search; a disabled option ("Cherry") is never landed on.
    combobox().focus();
    await user.keyboard('blu');
    expect(activeOption()).toBe('Blueberry');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('blueberry');
    await user.keyboard('c');
    expect(activeOption()).toBe('Blueberry');
  });

  it('neither opens nor changes when disabled or read-only', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Fruits initial="apple" disabled />);
    expect(combobox()).toBeDisabled();
    await user.click(combobox());
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    unmount();

    render(<Fruits initial="apple" readOnly />);
    expect(combobox()).toHaveAttribute('aria-readonly', 'true');
    await user.click(combobox());
    await user.keyboard('{ArrowDown}{Enter}');
    expect(combobox()).toHaveAttribute('aria-expanded', 'false');
    expect(combobox()).toHaveTextContent('Apple');
  });

  it('works as a react-hook-form field: its error on submit, focus on it, its value once chosen', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    function Form() {
      const form = useForm<{ fruit: Fruit | '' }>({ defaultValues: { fruit: '' } });
      return (
        <form noValidate onSubmit={form.handleSubmit((values) => onSubmit(values))}>
          <Controller
            control={form.control}
            name="fruit"
            rules={{ required: 'Choose a fruit.' }}
            render={({ field, fieldState }) => (
              <Field label="Fruit" error={fieldState.error?.message}>
                <Select {...field} aria-required="true" placeholder="Choose a fruit" options={fruits} />
              </Field>
            )}
          />
          <button type="submit">Save</button>
        </form>
      );
    }
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose a fruit.')).toBeInTheDocument();
    expect(combobox()).toHaveAttribute('aria-invalid', 'true');
    expect(combobox()).toHaveAccessibleDescription('Choose a fruit.');
    expect(combobox()).toHaveFocus();

    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(screen.queryByText('Choose a fruit.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ fruit: 'banana' });
  });
});
