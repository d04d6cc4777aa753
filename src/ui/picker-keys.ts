import type { KeyboardEvent } from 'react';

export interface PickerKeyContext<T> {
  disabled: boolean | undefined;
  open: boolean;
  openList: () => void;
  items: readonly T[];
  isSelected: (key: string) => boolean;
  getKey: (item: T) => string;
  multiple: boolean;
  activeIndex: number;
  setActiveIndex: (index: number) => void;
  /** Makes an option active and scrolls it into view. */
  move: (index: number) => void;
  pageRows: number;
  pick: (index: number) => void;
}

/**
 * The combobox's keys (APG "list autocomplete with manual selection"): Down and Up open the list or move, Alt+Down
 * opens without moving, PageDown and PageUp move a view's worth, Enter picks the active option. Escape belongs to
 * the popup's layer, and Tab to focus leaving.
 */
export function handlePickerKey<T>(event: KeyboardEvent<HTMLInputElement>, picker: PickerKeyContext<T>): void {
  const { open, activeIndex, items, move } = picker;
  if (picker.disabled) return;
  switch (event.key) {
    case 'ArrowDown':
      event.preventDefault();
      if (!open) {
        picker.openList();
        // Alt+Down opens without moving; plain Down starts at the chosen option, or the first.
        if (!event.altKey) {
          const chosen = items.findIndex((item) => picker.isSelected(picker.getKey(item)));
          picker.setActiveIndex(picker.multiple || chosen === -1 ? 0 : chosen);
        }
      } else move(activeIndex + 1);
      return;
    case 'ArrowUp':
      event.preventDefault();
      if (!open) {
        picker.openList();
        picker.setActiveIndex(items.length - 1);
      } else move(activeIndex <= 0 ? 0 : activeIndex - 1);
      return;
    case 'PageDown':
      if (!open) return;
      event.preventDefault();
      move(activeIndex + picker.pageRows);
      return;
    case 'PageUp':
      if (!open) return;
      event.preventDefault();
      move(activeIndex - picker.pageRows);
      return;
    case 'Enter':
      // With the list closed, Enter belongs to the form (submit).
      if (!open || activeIndex < 0) return;
      event.preventDefault();
      picker.pick(activeIndex);
      return;
    default:
  }
}
