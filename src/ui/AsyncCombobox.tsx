import { useCallback, useEffect, useRef } from 'react';
import { useAssessmentKit } from '../data/kit-context';
import { comboboxInputProps, PickerFrame } from './PickerFrame';
import type { AsyncPickerProps } from './picker-types';
import { useAsyncPicker } from './use-async-picker';
import { ChevronDownIcon } from './icons';

export interface AsyncComboboxProps<T> extends AsyncPickerProps<T> {
  /** The chosen item's key, or null. */
  value: string | null;
  /** What the input shows for `value` when the picker has not seen that item (e.g. a title saved with a plan). */
  valueLabel?: string;
  onChange: (key: string, item: T) => void;
}

/**
 * Pick one item from a paged, server-searched source: a WAI-ARIA 1.2 combobox (list autocomplete, manual
 * selection). Put it in a `Field` for its label, hint and error.
 *
 * ```tsx
 * const [search, setSearch] = useState('');
 * const tests = useTests(providerId, search);
 * <Field label="Test">
 *   <AsyncCombobox source={tests} onSearchChange={setSearch} getKey={(t) => t.id} getLabel={(t) => t.title}
 *     value={testId} onChange={(id) => setTestId(id)} />
 * </Field>
 * ```
 */
export function AsyncCombobox<T>(props: AsyncComboboxProps<T>) {
  const { value, valueLabel, onChange, getKey, getLabel } = props;
  /** Labels of picked items, so the input can show the chosen one whatever page is loaded later. */
  const labels = useRef(new Map<string, string>());
  const isSelected = useCallback((key: string) => key === value, [value]);
  const { announce } = useAssessmentKit('AsyncCombobox');

  const picker = useAsyncPicker<T>({
    ...props,
    multiple: false,
    isSelected,
    onPick: (item) => {
      const key = getKey(item);
      labels.current.set(key, getLabel(item));
      picker.setInputValue(getLabel(item));
      picker.setSearch('');
      onChange(key, item);
      announce(picker.t.picked(getLabel(item)));
    },
    // Leaving without a pick puts the chosen item's label back.
    onDismiss: () => {
      picker.setInputValue(labelOf(value));
      picker.setSearch('');
    },
  });
  const { setInputValue, open, items } = picker;
  const labelOf = useCallback(
    (key: string | null) => {
      if (key === null) return '';
      const listed = items.find((item) => getKey(item) === key);
      return labels.current.get(key) ?? (listed === undefined ? undefined : getLabel(listed)) ?? valueLabel ?? '';
    },
    [items, getKey, getLabel, valueLabel],
  );

  // The value changed from outside (a reset, a pre-fill): show its label.
  useEffect(() => {
    if (!open) setInputValue(labelOf(value));
  }, [value, valueLabel, labelOf, open, setInputValue]);

  return (
    <PickerFrame picker={picker} props={props} isSelected={isSelected} multiple={false}>
      {/* Closed, the field shows the chosen item's label straight away (no render behind a pre-fill). */}
      <input {...comboboxInputProps(picker, props)} value={picker.open ? picker.inputValue : labelOf(value)} />
      <button
        type="button"
        className="ak-icon-button ak-picker__toggle"
        tabIndex={-1}
        aria-label={picker.t.showOptions}
        aria-expanded={picker.open}
        aria-controls={picker.open ? picker.listboxId : undefined}
        disabled={props.disabled}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          picker.inputRef.current?.focus();
          if (picker.open) picker.close(false);
          else picker.openAll();
        }}
      >
        <ChevronDownIcon className="ak-icon" />
      </button>
    </PickerFrame>
  );
}
