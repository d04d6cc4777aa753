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
import { DismissableLayer } from '@radix-ui/react-dismissable-layer';
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { useAssessmentKit, useKitText } from '../data/kit-context';
import type { TextOverrides } from '../data/text';
import { Button } from './Button';
import { CheckIcon, CircleAlertIcon, RefreshIcon, SearchIcon, SpinnerIcon } from './icons';
import { pickerText, type PickerText } from './picker-text';
import { useDebouncedValue } from './use-debounced-value';

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

interface UseAsyncPickerOptions<T> extends AsyncPickerProps<T> {
  multiple: boolean;
  isSelected: (key: string) => boolean;
  /** An enabled option was chosen (click or Enter). */
  onPick: (item: T) => void;
  /** Runs when the list closes without a pick (blur, Escape, Tab). */
  onDismiss?: () => void;
}

const DEFAULT_DEBOUNCE_MS = 250;
/** Until the first option is measured (and in jsdom, which has no layout). */
const ESTIMATED_ROW_PX = 56;
const FALLBACK_VIEWPORT_PX = 320;
/** Rows rendered beyond each edge of the view, so fast scrolling rarely shows a blank. */
const OVERSCAN_ROWS = 8;
/** Start loading the next page this many rows before the end. */
const LOAD_AHEAD_ROWS = 10;

/** State and handlers for one picker: open/closed, search, the active option, the rendered window, paging. */
export function useAsyncPicker<T>(options: UseAsyncPickerOptions<T>) {
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
  const onSearchChange = useRef(options.onSearchChange);
  onSearchChange.current = options.onSearchChange;
  useEffect(() => onSearchChange.current(debouncedSearch), [debouncedSearch]);

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

  // ------------------------------------------------------------------ window
  const scrollerRef = useRef<HTMLDivElement | null>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const [rowHeight, setRowHeight] = useState(ESTIMATED_ROW_PX);
  const measureScroller = useCallback(() => {
    const el = scrollerRef.current;
    if (el) setViewport({ top: el.scrollTop, height: el.clientHeight });
  }, []);
  useLayoutEffect(() => {
    if (open) measureScroller();
  }, [open, measureScroller]);
  const measureRow = useCallback((el: HTMLElement | null) => {
    const height = el?.offsetHeight ?? 0;
    if (height > 0) setRowHeight((current) => (Math.abs(current - height) > 0.5 ? height : current));
  }, []);

  const viewHeight = viewport.height || FALLBACK_VIEWPORT_PX;
  const start = Math.max(0, Math.floor(viewport.top / rowHeight) - OVERSCAN_ROWS);
  const end = Math.min(items.length, Math.ceil((viewport.top + viewHeight) / rowHeight) + OVERSCAN_ROWS);
  const rendered = useMemo(() => {
    const indexes: number[] = [];
    for (let index = start; index < end; index += 1) indexes.push(index);
    // The active option must exist for aria-activedescendant, even before the scroll event re-renders the window.
    if (activeIndex >= 0 && activeIndex < items.length && (activeIndex < start || activeIndex >= end)) indexes.push(activeIndex);
    return indexes;
  }, [start, end, activeIndex, items.length]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const el = scrollerRef.current;
      if (!el) return;
      const top = index * rowHeight;
      const height = el.clientHeight || FALLBACK_VIEWPORT_PX;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
      measureScroller();
    },
    [rowHeight, measureScroller],
  );

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

  const pageRows = Math.max(1, Math.floor(viewHeight / rowHeight) - 1);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => {
      if (options.disabled) return;
      switch (event.key) {
        case 'ArrowDown':
          event.preventDefault();
          if (!open) {
            openList();
            // Alt+Down opens without moving; plain Down starts at the chosen option, or the first.
            if (!event.altKey) {
              const chosen = items.findIndex((item) => isSelected(getKey(item)));
              setActiveIndex(multiple || chosen === -1 ? 0 : chosen);
            }
          } else move(activeIndex + 1);
          return;
        case 'ArrowUp':
          event.preventDefault();
          if (!open) {
            openList();
            setActiveIndex(items.length - 1);
          } else move(activeIndex <= 0 ? 0 : activeIndex - 1);
          return;
        case 'PageDown':
          if (!open) return;
          event.preventDefault();
          move(activeIndex + pageRows);
          return;
        case 'PageUp':
          if (!open) return;
          event.preventDefault();
          move(activeIndex - pageRows);
          return;
        case 'Enter':
          // With the list closed, Enter belongs to the form (submit).
          if (!open || activeIndex < 0) return;
          event.preventDefault();
          pick(activeIndex);
          return;
        default:
      }
    },
    [options.disabled, open, openList, items, isSelected, getKey, multiple, move, activeIndex, pageRows, pick, close],
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
  const outerInputRef = useRef(options.inputRef);
  outerInputRef.current = options.inputRef;
  const setInputRef = useCallback((element: HTMLInputElement | null) => {
    inputRef.current = element;
    const outer = outerInputRef.current;
    if (typeof outer === 'function') outer(element);
    else if (outer) outer.current = element;
  }, []);
  const onBlurProp = useRef(options.onBlur);
  onBlurProp.current = options.onBlur;
  // The list stays open while focus is in it (Tab reaches its Retry button); anywhere else closes it.
  const onBlurCapture = useCallback(
    (event: FocusEvent) => {
      const next = event.relatedTarget;
      const inRoot = next instanceof Element && rootRef.current?.contains(next) === true;
      if (open && !(inRoot && next.closest('.ak-picker__popup'))) close(false);
      if (!inRoot) onBlurProp.current?.();
    },
    [open, close],
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

export type AsyncPickerState<T> = ReturnType<typeof useAsyncPicker<T>>;

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

interface PickerPopupProps<T> {
  picker: AsyncPickerState<T>;
  source: PagedSource<T>;
  getKey: (item: T) => string;
  getLabel: (item: T) => string;
  renderItem?: (item: T, state: PickerOptionState) => ReactNode;
  isSelected: (key: string) => boolean;
  multiple: boolean;
}

/** The list under the field: the windowed options, and the loading, no-results and error states with Retry. */
export function PickerPopup<T>({ picker, source, getKey, getLabel, renderItem, isSelected, multiple }: PickerPopupProps<T>) {
  const { t, items } = picker;
  if (!picker.open) return null;
  const firstLoad = source.isPending && !source.isError;
  const failed = source.isError && items.length === 0;
  const empty = !firstLoad && !failed && !picker.searching && items.length === 0;

  let status: ReactNode = null;
  if (firstLoad) status = <PickerStatus icon={<SpinnerIcon className="ak-icon ak-spin" />}>{t.loading}</PickerStatus>;
  else if (failed) status = <PickerError message={t.loadFailed} retry={t.retry} onRetry={() => picker.retry(source.refetch)} />;
  else if (empty) status = <PickerStatus>{t.noResults(picker.search)}</PickerStatus>;

  return (
    <DismissableLayer
      className="ak-picker__popup"
      data-searching={picker.searching || undefined}
      onDismiss={picker.dismiss}
      // Only Escape is the layer's: focus leaving the picker closes the list (`onBlurCapture`), and a press in the field
      // (outside this layer) must not.
      onInteractOutside={(event) => event.preventDefault()}
    >
      {picker.searching && items.length > 0 ? (
        <div className="ak-picker__searching" aria-hidden="true">
          <SpinnerIcon className="ak-icon ak-spin" />
          {t.searching}
        </div>
      ) : null}
      {/* Focusable, so a keyboard can scroll it too (axe: scrollable-region-focusable); the field keeps the list open. */}
      <div className="ak-picker__scroller" ref={picker.scrollerRef} onScroll={picker.measureScroller} tabIndex={0}>
        <ul
          className="ak-picker__listbox"
          role="listbox"
          id={picker.listboxId}
          {...listboxNameOf(picker.inputRef.current)}
          aria-multiselectable={multiple || undefined}
          aria-busy={picker.searching || firstLoad || undefined}
          style={{ height: items.length * picker.rowHeight }}
        >
          {picker.rendered.map((index) => {
            const item = items[index]!;
            const key = getKey(item);
            const selected = isSelected(key);
            const disabledReason = picker.disabledReasonOf(item);
            const active = index === picker.activeIndex;
            return (
              <li
                key={key}
                ref={index === picker.rendered[0] ? picker.measureRow : undefined}
                id={picker.optionId(index)}
                role="option"
                className="ak-picker__option"
                aria-selected={selected}
                aria-disabled={disabledReason !== null || undefined}
                aria-posinset={index + 1}
                aria-setsize={picker.total}
                data-active={active || undefined}
                data-selected={selected || undefined}
                data-disabled={disabledReason !== null || undefined}
                style={{ transform: `translateY(${index * picker.rowHeight}px)` }}
                // Keep focus in the input: the listbox is operated from there.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => {
                  if (!active) picker.setActiveIndex(index);
                }}
                onClick={() => picker.pick(index)}
              >
                <span className="ak-picker__check" aria-hidden="true">
                  {selected ? <CheckIcon className="ak-icon" /> : null}
                </span>
                <span className="ak-picker__option-body">
                  {renderItem ? renderItem(item, { active, selected, disabledReason }) : <span className="ak-picker__option-label">{getLabel(item)}</span>}
                  {disabledReason !== null && !renderItem ? (
                    <>
                      {' '}
                      <span className="ak-picker__option-meta">{disabledReason}</span>
                    </>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
        {source.isFetchingNextPage ? (
          <PickerStatus icon={<SpinnerIcon className="ak-icon ak-spin" />}>{t.loadingMore}</PickerStatus>
        ) : source.isFetchNextPageError && items.length > 0 ? (
          <PickerError message={t.loadFailed} retry={t.retry} onRetry={() => picker.retry(source.fetchNextPage)} />
        ) : null}
      </div>
      {status}
    </DismissableLayer>
  );
}

/** The list is named as its field is (a list of what, once the reader is in it): by the input's label. */
function listboxNameOf(input: HTMLInputElement | null): { 'aria-labelledby'?: string; 'aria-label'?: string } {
  const labelledBy = input?.getAttribute('aria-labelledby');
  if (labelledBy) return { 'aria-labelledby': labelledBy };
  const label = input?.labels?.[0];
  if (label?.id) return { 'aria-labelledby': label.id };
  const name = input?.getAttribute('aria-label') ?? label?.textContent;
  return name ? { 'aria-label': name } : {};
}

function PickerStatus({ icon, children }: { icon?: ReactNode; children: ReactNode }) {
  return (
    <div className="ak-picker__status">
      {icon}
      <span className="ak-picker__status-text">{children}</span>
    </div>
  );
}

function PickerError({ message, retry, onRetry }: { message: string; retry: string; onRetry: () => void }) {
  return (
    <div className="ak-picker__status" data-tone="danger">
      <CircleAlertIcon className="ak-icon" />
      <span className="ak-picker__status-text">{message}</span>
      <Button size="sm" icon={<RefreshIcon className="ak-icon" />} onClick={onRetry} onMouseDown={(event) => event.preventDefault()}>
        {retry}
      </Button>
    </div>
  );
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
      <PickerPopup
        picker={picker}
        source={props.source}
        getKey={props.getKey}
        getLabel={props.getLabel}
        renderItem={props.renderItem}
        isSelected={isSelected}
        multiple={multiple}
      />
    </div>
  );
}
