import { DismissableLayer } from '@radix-ui/react-dismissable-layer';
import type { ReactNode } from 'react';
import type { AsyncPickerProps, AsyncPickerState } from './picker-types';
import { Button } from './Button';
import { CheckIcon, CircleAlertIcon, RefreshIcon, SpinnerIcon } from './icons';

interface PickerPopupProps<T> extends Pick<AsyncPickerProps<T>, 'source' | 'getKey' | 'getLabel' | 'renderItem'> {
  picker: AsyncPickerState<T>;
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
export function listboxNameOf(input: HTMLInputElement | HTMLButtonElement | null): { 'aria-labelledby'?: string; 'aria-label'?: string } {
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
