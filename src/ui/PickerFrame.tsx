import type { ChangeEvent, ReactNode } from 'react';
import { SearchIcon } from './icons';
import { PickerPopup } from './PickerPopup';
import type { AsyncPickerProps, AsyncPickerState } from './picker-types';

/** The input's combobox attributes, shared by both pickers. */
export function comboboxInputProps<T>(picker: AsyncPickerState<T>, props: AsyncPickerProps<T>) {
  const active = picker.open && picker.activeIndex >= 0 && picker.activeIndex < picker.items.length;
  return {
    id: props.id,
    role: 'combobox' as const,
    type: 'text',
    className: 'ak-picker__input',
    autoComplete: 'off',
    autoCorrect: 'off',
    spellCheck: false,
    placeholder: props.placeholder,
    value: picker.inputValue,
    'aria-autocomplete': 'list' as const,
    'aria-expanded': picker.open,
    'aria-controls': picker.open ? picker.listboxId : undefined,
    'aria-activedescendant': active ? picker.optionId(picker.activeIndex) : undefined,
    'aria-describedby': props['aria-describedby'],
    'aria-invalid': props['aria-invalid'],
    'aria-required': props.required || undefined,
    'aria-busy': (picker.open && picker.searching) || undefined,
    disabled: props.disabled,
    ref: picker.setInputRef,
    onChange: (event: ChangeEvent<HTMLInputElement>) => picker.onInputChange(event.currentTarget.value),
    onKeyDown: picker.onKeyDown,
    onClick: picker.openAll,
  };
}

interface PickerFrameProps<T> {
  picker: AsyncPickerState<T>;
  props: AsyncPickerProps<T>;
  isSelected: (key: string) => boolean;
  multiple: boolean;
  /** Above the field (a multi-select's chips). */
  before?: ReactNode;
  /** The input, and anything beside it in the field (a toggle button). */
  children: ReactNode;
}

/** What both pickers render around their input: the root that tracks focus, the bordered field and the list. */
export function PickerFrame<T>({ picker, props, isSelected, multiple, before, children }: PickerFrameProps<T>) {
  return (
    <div
      ref={picker.rootRef}
      className={props.className ? `ak-picker ${props.className}` : 'ak-picker'}
      data-multiple={multiple || undefined}
      data-open={picker.open || undefined}
      data-disabled={props.disabled || undefined}
      onBlurCapture={picker.onBlurCapture}
    >
      {before}
      <div
        className="ak-picker__field"
        data-invalid={props['aria-invalid'] === true || props['aria-invalid'] === 'true' || undefined}
        data-disabled={props.disabled || undefined}
      >
        <SearchIcon className="ak-icon ak-picker__search-icon" />
        {children}
      </div>
      <PickerPopup {...props} picker={picker} isSelected={isSelected} multiple={multiple} />
    </div>
  );
}
