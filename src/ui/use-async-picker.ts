/**
 * The core both pickers share (`AsyncCombobox`, `AsyncMultiSelect`): a WAI-ARIA 1.2 combobox whose listbox pops up
 * under the field, over a paged, server-searched source (a TanStack `useInfiniteQuery` result).
 *
 * Hand-rolled rather than downshift (13.8 KB gzip) plus TanStack Virtual (10.6 KB): together they would take the
 * whole entry past its 85 KB budget, while the pattern (APG "list autocomplete with manual selection") and a
 * fixed-row window are a few hundred lines, tested in jsdom and with the keyboard in Chromium.
 *
 * - Typing is debounced before it reaches the server; the previous results stay on screen while the next answer
 *   loads (`placeholderData: keepPreviousData` in the query).
 * - Only the rows in view (plus a margin) are in the DOM, each with `aria-posinset`/`aria-setsize`, so a list of
 *   10,000 keeps a few dozen option nodes; scrolling (or arrowing) near the end loads the next page.
 * - The list sits in the page flow, not in a floating layer: inside a scrolling dialog it can't be clipped, and no
 *   positioning library is needed.
 * - The list is a layer (Radix `DismissableLayer`, the one Radix dialogs stack on): Escape closes it and nothing under
 *   it, whether that is a kit dialog or a host's own Radix dialog, which listen on the document before any handler here.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useAssessmentKit, useKitText } from '../data/kit-context';
import { pickerText } from './picker-text';
import type { AsyncPickerProps, AsyncPickerState } from './picker-types';
import { handlePickerKey } from './picker-keys';
import { useDebouncedValue } from './use-debounced-value';
import { useLatestRef } from './use-latest-ref';
import { useListWindow } from './use-list-window';

interface UseAsyncPickerOptions<T> extends AsyncPickerProps<T> {
  multiple: boolean;
  isSelected: (key: string) => boolean;
  /** An enabled option was chosen (click or Enter). */
  onPick: (item: T) => void;
  /** Runs when the list closes without a pick (blur, Escape, Tab). */
  onDismiss?: () => void;
}

const DEFAULT_DEBOUNCE_MS = 250;
/** Start loading the next page this many rows before the end. */
const LOAD_AHEAD_ROWS = 10;

/** State and handlers for one picker: open/closed, search, the active option, the rendered window, paging. */
export function useAsyncPicker<T>(options: UseAsyncPickerOptions<T>): AsyncPickerState<T> {
  const { source, getKey, getDisabledReason, multiple, isSelected, onPick, onDismiss } = options;
  const kitText = useKitText('picker', pickerText, options.text);
  const t = useMemo(() => ({ ...kitText, ...options.messages }), [kitText, options.messages]);
  const { announce } = useAssessmentKit('useAsyncPicker');
  const listboxId = `${useId()}-listbox`;

  const [open, setOpen] = useState(false);
  const [inputValue, setInputValue] = useState('');
  /** What the server is asked for: what the user typed, or '' after opening a closed list (show everything). */
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search, options.debounceMs ?? DEFAULT_DEBOUNCE_MS);
  // The host's callbacks and input ref, read at the moment they are needed.
  const latest = useLatestRef({ onSearchChange: options.onSearchChange, onBlur: options.onBlur, inputRef: options.inputRef });
  useEffect(() => latest.current.onSearchChange(debouncedSearch), [debouncedSearch, latest]);

  const items = useMemo(() => source.data?.pages.flatMap((page) => page.items) ?? [], [source.data]);
  const total = Math.max(source.data?.pages[0]?.total ?? 0, items.length);
  const [activeIndex, setActiveIndex] = useState(-1);
  const searching = search !== debouncedSearch || (source.isPlaceholderData && source.isFetching);
  // In the render where the debounced search changes, the source still holds the previous search's answer: the host
  // gets the search from an effect (`onSearchChange`) and asks for it a render later. So remember what was on screen
  // then; until the source shows other data, nothing on screen answers this search.
  const [asked, setAsked] = useState<{ search: string; before: unknown }>({ search: debouncedSearch, before: undefined });
  if (asked.search !== debouncedSearch) setAsked({ search: debouncedSearch, before: source.data });
  const showsAskedSearch = source.data === undefined || source.data !== asked.before;

  const { scrollerRef, measureScroller, measureRow, rowHeight, rendered, end, pageRows, scrollToIndex } = useListWindow({
    open,
    count: items.length,
    activeIndex,
  });

  // ------------------------------------------------------------------ paging
  const { hasNextPage, isFetching, isFetchNextPageError, isPlaceholderData, fetchNextPage } = source;
  const nearEnd = Math.max(end, activeIndex + 1) >= items.length - LOAD_AHEAD_ROWS;
  useEffect(() => {
    if (open && nearEnd && hasNextPage && !isFetching && !isFetchNextPageError && !isPlaceholderData) void fetchNextPage();
  }, [open, nearEnd, hasNextPage, isFetching, isFetchNextPageError, isPlaceholderData, fetchNextPage]);

  // A new search answered: back to the top, nothing active, and say how many there are.
  const shownSearch = useRef<string | null>(null);
  const typed = useRef(false);
  const answered = !source.isPending && !source.isError && !source.isPlaceholderData && !searching && showsAskedSearch;
  useEffect(() => {
    if (!answered || shownSearch.current === debouncedSearch) return;
    shownSearch.current = debouncedSearch;
    setActiveIndex(-1);
    if (scrollerRef.current) scrollerRef.current.scrollTop = 0;
    measureScroller();
    if (open && typed.current) announce(total === 0 ? t.noResults(debouncedSearch) : t.resultsCount(total));
  }, [answered, debouncedSearch, open, total, t, announce, measureScroller]);
  const wasError = useRef(false);
  useEffect(() => {
    const failed = open && (source.isError || isFetchNextPageError);
    if (failed && !wasError.current) announce(t.loadFailed);
    wasError.current = failed;
  }, [open, source.isError, isFetchNextPageError, t, announce]);

  // ------------------------------------------------------------------ actions
  const disabledReasonOf = useCallback(
    (item: T): string | null => {
      const reason = getDisabledReason?.(item);
      return reason === undefined || reason === null ? null : reason || t.unavailable;
    },
    [getDisabledReason, t],
  );

  const openList = useCallback(() => {
    if (options.disabled) return;
    setOpen(true);
  }, [options.disabled]);

  const close = useCallback(
    (picked: boolean) => {
      setOpen(false);
      setActiveIndex(-1);
      typed.current = false;
      if (!picked) onDismiss?.();
    },
    [onDismiss],
  );

  const pick = useCallback(
    (index: number) => {
      const item = items[index];
      if (item === undefined || disabledReasonOf(item) !== null) return;
      setActiveIndex(index);
      onPick(item);
      if (!multiple) close(true);
    },
    [items, disabledReasonOf, onPick, multiple, close],
  );

  const move = useCallback(
    (to: number) => {
      if (items.length === 0) return;
      const index = Math.min(items.length - 1, Math.max(0, to));
      setActiveIndex(index);
      scrollToIndex(index);
    },
    [items.length, scrollToIndex],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) =>
      handlePickerKey(event, { disabled: options.disabled, open, openList, items, isSelected, getKey, multiple, activeIndex, setActiveIndex, move, pageRows, pick }),
    [options.disabled, open, openList, items, isSelected, getKey, multiple, activeIndex, move, pageRows, pick],
  );

  const onInputChange = useCallback(
    (value: string) => {
      setInputValue(value);
      setSearch(value.trim());
      typed.current = true;
      setActiveIndex(-1);
      openList();
    },
    [openList],
  );

  /** Opens the list showing everything (a click on the field or its chevron), keeping what the input shows. */
  const openAll = useCallback(() => {
    if (open) return;
    setSearch('');
    openList();
  }, [open, openList]);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const setInputRef = useCallback(
    (element: HTMLInputElement | null) => {
      inputRef.current = element;
      const outer = latest.current.inputRef;
      if (typeof outer === 'function') outer(element);
      else if (outer) outer.current = element;
    },
    [latest],
  );
  // The list stays open while focus is in it (Tab reaches its Retry button); anywhere else closes it.
  const onBlurCapture = useCallback(
    (event: FocusEvent) => {
      const next = event.relatedTarget;
      const inRoot = next instanceof Element && rootRef.current?.contains(next) === true;
      if (open && !(inRoot && next.closest('.ak-picker__popup'))) close(false);
      if (!inRoot) latest.current.onBlur?.();
    },
    [open, close, latest],
  );
  /** Escape, wherever focus is in the picker: the list closes and focus is in the field (not lost with the list). */
  const dismiss = useCallback(() => {
    close(false);
    inputRef.current?.focus();
  }, [close]);
  /** Retry from the popup, then back to the input (the button may disappear as the list reloads). */
  const retry = useCallback((run: () => unknown) => {
    void run();
    inputRef.current?.focus();
  }, []);

  return {
    t,
    listboxId,
    open,
    openAll,
    close,
    dismiss,
    inputValue,
    setInputValue,
    setSearch,
    search,
    onInputChange,
    onKeyDown,
    onBlurCapture,
    rootRef,
    inputRef,
    setInputRef,
    retry,
    items,
    total,
    activeIndex,
    setActiveIndex,
    pick,
    searching,
    rendered,
    rowHeight,
    scrollerRef,
    measureScroller,
    measureRow,
    disabledReasonOf,
    optionId: (index: number) => `${listboxId}-option-${index}`,
  };
}
