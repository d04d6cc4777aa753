import type { FocusEvent, KeyboardEvent, ReactNode, Ref, RefObject } from 'react';
import type { TextOverrides } from '../data/text';
import type { PickerText } from './picker-text';

/**
 * What a picker reads from its source. A `useInfiniteQuery` result over `Page<T>` pages (`useTests`, `useReviewers`,
 * or your own) fits as it is.
 */
export interface PagedSource<T> {
  data: { pages: ReadonlyArray<{ items: readonly T[]; total: number }> } | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  isPlaceholderData: boolean;
  hasNextPage: boolean;
  fetchNextPage: () => unknown;
  refetch: () => unknown;
}

/** What a rendered option knows about itself. */
export interface PickerOptionState {
  active: boolean;
  selected: boolean;
  /** Why it can't be chosen; null when it can. */
  disabledReason: string | null;
}

/** Props both pickers take. */
export interface AsyncPickerProps<T> {
  /** The paged source, e.g. `useTests(providerId, search)`. */
  source: PagedSource<T>;
  /** Called with the search text once typing pauses (`debounceMs`); feed it back into the source's query. */
  onSearchChange: (search: string) => void;
  getKey: (item: T) => string;
  /** The item in words: the option's name, the input's text once chosen, a chip's label. */
  getLabel: (item: T) => string;
  /** The option's content; defaults to the label. Keep it to two lines: rows have one fixed height. */
  renderItem?: (item: T, state: PickerOptionState) => ReactNode;
  /** Why an item can't be chosen (shown and read out in its option); null or undefined when it can. */
  getDisabledReason?: (item: T) => string | null | undefined;
  /** Default 250 ms. */
  debounceMs?: number;
  placeholder?: string;
  /** Per-picker strings, over `text.picker`. */
  messages?: Partial<PickerText>;
  /** Text overrides (any feature), over the provider's. */
  text?: TextOverrides;
  /** Set by `Field`: the input's id, its descriptions and its invalid state. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  required?: boolean;
  /** Shown but not operable (e.g. until a provider is chosen). */
  disabled?: boolean;
  /** For form libraries: called when focus leaves the picker. */
  onBlur?: () => void;
  /** The input element, e.g. react-hook-form's `field.ref`, so a failed submit focuses the picker. */
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/** One picker's state and handlers, as its input, popup and frame read them. */
export interface AsyncPickerState<T> {
  /** The picker's text: `text.picker` over the defaults, and the picker's own `messages`. */
  t: PickerText;
  listboxId: string;
  open: boolean;
  /** Opens the list showing everything (a click on the field), keeping what the input shows. */
  openAll: () => void;
  /** Closes the list; `picked` says whether an option was just chosen (otherwise `onDismiss` runs). */
  close: (picked: boolean) => void;
  /** Escape: closes the list with focus in the field. */
  dismiss: () => void;
  inputValue: string;
  setInputValue: (value: string) => void;
  setSearch: (search: string) => void;
  /** What the server is asked for (trimmed). */
  search: string;
  onInputChange: (value: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlurCapture: (event: FocusEvent) => void;
  rootRef: RefObject<HTMLDivElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  setInputRef: (element: HTMLInputElement | null) => void;
  /** Runs a retry from the popup, then puts focus back in the field. */
  retry: (run: () => unknown) => void;
  /** Every loaded item, in order. */
  items: readonly T[];
  /** The source's total (at least what is loaded). */
  total: number;
  activeIndex: number;
  setActiveIndex: (index: number) => void;
  pick: (index: number) => void;
  /** A newer search than the one on screen is on its way. */
  searching: boolean;
  /** The indexes of the options in the DOM (the window). */
  rendered: number[];
  rowHeight: number;
  scrollerRef: RefObject<HTMLDivElement | null>;
  measureScroller: () => void;
  measureRow: (element: HTMLElement | null) => void;
  disabledReasonOf: (item: T) => string | null;
  optionId: (index: number) => string;
}
