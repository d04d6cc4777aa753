import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { useAssessmentKit } from '../data/kit-context';
import { comboboxInputProps, PickerFrame } from './PickerFrame';
import type { AsyncPickerProps } from './picker-types';
import { useAsyncPicker } from './use-async-picker';
import { XIcon } from './icons';

export interface AsyncMultiSelectProps<T> extends AsyncPickerProps<T> {
  /** The chosen items' keys, in the order they were added. */
  value: readonly string[];
  onChange: (keys: string[]) => void;
  /**
   * Items for keys the source may not have loaded (e.g. looked up by id with `useReviewersByIds`), so every chip
   * shows a name whatever the search. Items picked from the list are remembered anyway.
   */
  selectedItems?: readonly T[];
  /** Keys being looked up: their chips say so instead of "Unknown". */
  resolving?: boolean;
  /** Names the list of chips for screen readers, e.g. "Chosen reviewers". */
  selectionLabel: string;
}

/**
 * Pick several items from a paged, server-searched source, shown as removable chips: a WAI-ARIA 1.2 combobox
 * whose listbox is `aria-multiselectable`. Enter or a click toggles an option and keeps the list open; Backspace in
 * the empty field removes the last chip. Put it in a `Field` for its label, hint and error.
 */
export function AsyncMultiSelect<T>(props: AsyncMultiSelectProps<T>) {
  const { value, onChange, selectedItems, resolving, selectionLabel, getKey, getLabel } = props;
  const { announce } = useAssessmentKit('AsyncMultiSelect');
  /** Items picked from the list, remembered so a chip keeps its name whatever the search shows later. */
  const [picked, setPicked] = useState<ReadonlyMap<string, T>>(new Map());
  const known = useMemo(() => {
    const all = new Map(picked);
    for (const item of selectedItems ?? []) all.set(getKey(item), item);
    return all;
  }, [picked, selectedItems, getKey]);
  const chosen = useMemo(() => new Set(value), [value]);
  const isSelected = useCallback((key: string) => chosen.has(key), [chosen]);

  const picker = useAsyncPicker<T>({
    ...props,
    multiple: true,
    isSelected,
    onPick: (item) => {
      const key = getKey(item);
      setPicked((current) => new Map(current).set(key, item));
      if (chosen.has(key)) {
        onChange(value.filter((k) => k !== key));
        announce(picker.t.removed(getLabel(item)));
      } else {
        onChange([...value, key]);
        announce(picker.t.added(getLabel(item)));
      }
    },
    // Leaving the field drops an unfinished search.
    onDismiss: () => {
      picker.setInputValue('');
      picker.setSearch('');
    },
  });
  const { t } = picker;

  const labelOf = (key: string) => {
    const item = known.get(key) ?? picker.items.find((candidate) => getKey(candidate) === key);
    if (item !== undefined) return getLabel(item);
    return resolving ? t.loadingItem : t.unknownItem;
  };

  function remove(key: string) {
    onChange(value.filter((k) => k !== key));
    announce(t.removed(labelOf(key)));
    picker.inputRef.current?.focus();
  }

  const inputProps = comboboxInputProps(picker, props);
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = value[value.length - 1];
    if (event.key === 'Backspace' && picker.inputValue === '' && last !== undefined) {
      event.preventDefault();
      remove(last);
      return;
    }
    inputProps.onKeyDown(event);
  }

  const chips =
    value.length > 0 ? (
      <ul className="ak-chips" aria-label={selectionLabel}>
        {value.map((key) => {
          const label = labelOf(key);
          return (
            <li key={key} className="ak-chip">
              <span className="ak-chip__label">{label}</span>
              <button type="button" className="ak-chip__remove" aria-label={t.removeItem(label)} disabled={props.disabled} onClick={() => remove(key)}>
                <XIcon className="ak-icon" />
              </button>
            </li>
          );
        })}
      </ul>
    ) : null;

  return (
    <PickerFrame picker={picker} props={props} isSelected={isSelected} multiple before={chips}>
      <input {...inputProps} onKeyDown={onKeyDown} />
    </PickerFrame>
  );
}
