/**
 * Strings of the shared pickers (`AsyncCombobox`, `AsyncMultiSelect`). Override them for every picker through the
 * provider's `text.picker`, for one component tree through its `text` prop, or for one picker through its
 * `messages` prop (e.g. "No tests match …" instead of "No results for …").
 */
export interface PickerText {
  /** First page loading. */
  loading: string;
  /** A new search is running; the previous results stay until it answers. */
  searching: string;
  /** The next page is loading at the bottom of the list. */
  loadingMore: string;
  /** Nothing matches; `search` is '' when the source itself is empty. */
  noResults: (search: string) => string;
  /** The list (or its next page) failed to load. */
  loadFailed: string;
  retry: string;
  /** Said (politely) once a search's results are on screen: "1,204 results". */
  resultsCount: (count: number) => string;
  /** The button beside the field that opens the list. */
  showOptions: string;
  /** Said on a disabled option when the caller gives no reason of its own. */
  unavailable: string;
  /** A chip whose item is still being looked up. */
  loadingItem: string;
  /** A chip whose item the backend no longer knows. */
  unknownItem: string;
  /** The remove button on a chip. */
  removeItem: (label: string) => string;
  /** Said when the user chooses the item of a single-choice picker (focus stays in the field as the list closes). */
  picked: (label: string) => string;
  /** Said when the user adds or removes an item of a multi-select. */
  added: (label: string) => string;
  removed: (label: string) => string;
}

declare module '../data/text' {
  interface KitTextRegistry {
    picker: PickerText;
  }
}

/** English defaults. */
export const pickerText: PickerText = {
  loading: 'Loading…',
  searching: 'Searching…',
  loadingMore: 'Loading more…',
  noResults: (search) => (search ? `No results for “${search}”` : 'Nothing to choose from yet'),
  loadFailed: 'We couldn’t load the list.',
  retry: 'Try again',
  resultsCount: (count) => `${count.toLocaleString()} ${count === 1 ? 'result' : 'results'}`,
  showOptions: 'Show options',
  unavailable: 'Unavailable',
  loadingItem: 'Loading…',
  unknownItem: 'Unknown',
  removeItem: (label) => `Remove ${label}`,
  picked: (label) => `${label} selected`,
  added: (label) => `${label} added`,
  removed: (label) => `${label} removed`,
};
