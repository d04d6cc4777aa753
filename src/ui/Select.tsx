import { DismissableLayer } from '@radix-ui/react-dismissable-layer';
import {
  forwardRef,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ForwardedRef,
  type KeyboardEvent,
  type ReactElement,
  type Ref,
} from 'react';
import { createPortal } from 'react-dom';
import { CheckIcon, ChevronDownIcon } from './icons';
import { listboxNameOf } from './PickerPopup';
import { placePopup } from './place-popup';

export interface SelectOption<V extends string = string> {
  value: V;
  label: string;
  description?: string;
  disabled?: boolean;
}

export interface SelectProps<V extends string = string> {
  value: V | '' | null;
  onChange(value: V): void;
  options: readonly SelectOption<V>[];
  /** Shown, muted, while nothing is chosen. */
  placeholder?: string;
  id?: string;
  /** Submits the value with a native form (a hidden input). */
  name?: string;
  onBlur?(): void;
  disabled?: boolean;
  readOnly?: boolean;
  className?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-required'?: boolean | 'true' | 'false';
}

/** Typed letters run together into one search while each follows the last within this time (as a native select). */
const TYPEAHEAD_MS = 500;
const PAGE = 10;

/**
 * The kit's select: a WAI-ARIA select-only combobox (a button that opens a listbox; focus stays on the button and
 * the active option is `aria-activedescendant`). The list is a layer in a portal, so it shows above a dialog and is
 * never clipped by a scrolling body, and Escape closes the list before the dialog.
 */
export const Select = forwardRef(function Select<V extends string>(props: SelectProps<V>, ref: ForwardedRef<HTMLButtonElement>) {
  const { value, onChange, options, placeholder, id, name, onBlur, disabled, readOnly, className } = props;
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const popupRef = useRef<HTMLDivElement | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const typed = useRef({ text: '', at: 0 });

  const selectedIndex = options.findIndex((option) => option.value === value);
  const selected = options[selectedIndex];
  const optionId = (index: number) => `${listboxId}-${index}`;

  const setTriggerRef = useCallback(
    (node: HTMLButtonElement | null) => {
      triggerRef.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );

  const openAt = (index: number) => {
    if (disabled || readOnly || !triggerRef.current) return;
    setContainer(portalTargetOf(triggerRef.current));
    setActiveIndex(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    typed.current.text = '';
  };
  const choose = (index: number) => {
    const option = options[index];
    if (!option || option.disabled) return;
    close();
    if (option.value !== value) onChange(option.value);
  };
  const enabledFrom = (start: number, step: 1 | -1): number => {
    for (let index = start; index >= 0 && index < options.length; index += step) if (!options[index]!.disabled) return index;
    return -1;
  };
  const first = () => enabledFrom(0, 1);
  const last = () => enabledFrom(options.length - 1, -1);
  const startIndex = () => (selectedIndex >= 0 ? selectedIndex : first());
  const moveBy = (offset: number) => {
    const step = offset > 0 ? 1 : -1;
    const target = Math.max(0, Math.min(options.length - 1, activeIndex + offset));
    // The nearest enabled option on the way; at the end of the list, the nearest one back.
    const next = enabledFrom(target, step);
    const found = next >= 0 ? next : enabledFrom(target, step === 1 ? -1 : 1);
    if (found >= 0) setActiveIndex(found);
  };

  /** The option a typed letter leads to: repeating one letter cycles through the options that start with it. */
  const matchTyped = (key: string, from: number): number => {
    const now = Date.now();
    const text = now - typed.current.at > TYPEAHEAD_MS ? key : typed.current.text + key;
    typed.current = { text, at: now };
    const needle = [...text].every((char) => char === text[0]) ? text[0]! : text;
    const search = needle.toLocaleLowerCase();
    const begin = needle.length === 1 ? from + 1 : Math.max(from, 0);
    for (let step = 0; step < options.length; step += 1) {
      const index = (begin + step) % options.length;
      const option = options[index]!;
      if (!option.disabled && option.label.toLocaleLowerCase().startsWith(search)) return index;
    }
    return -1;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (disabled || readOnly) return;
    const { key, altKey } = event;
    const printable = key.length === 1 && !event.ctrlKey && !event.metaKey && !altKey;
    // A space within a typed search is part of it, not a choice.
    const typing = typed.current.text !== '' && Date.now() - typed.current.at <= TYPEAHEAD_MS;
    if (!open) {
      if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') openAt(startIndex());
      else if (key === 'Home') openAt(first());
      else if (key === 'End') openAt(last());
      else if (printable) {
        const match = matchTyped(key, selectedIndex);
        openAt(match >= 0 ? match : startIndex());
      } else return;
      event.preventDefault();
      return;
    }
    if (key === 'Tab') {
      // Tab chooses the active option and moves on (APG), so no preventDefault.
      choose(activeIndex);
      return;
    }
    if ((key === ' ' && !typing) || key === 'Enter' || (key === 'ArrowUp' && altKey)) choose(activeIndex);
    else if (key === 'ArrowDown') moveBy(1);
    else if (key === 'ArrowUp') moveBy(-1);
    else if (key === 'Home') setActiveIndex(first());
    else if (key === 'End') setActiveIndex(last());
    else if (key === 'PageDown') moveBy(PAGE);
    else if (key === 'PageUp') moveBy(-PAGE);
    else if (printable) {
      const match = matchTyped(key, activeIndex);
      if (match >= 0) setActiveIndex(match);
    } else return;
    event.preventDefault();
  };

  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      if (triggerRef.current && popupRef.current) placePopup(triggerRef.current, popupRef.current);
    };
    place();
    // The trigger moves with any scroller around it (a dialog's body), with the window, and with a dialog that is
    // still animating in.
    const moves = ['scroll', 'resize', 'animationend', 'transitionend'] as const;
    for (const type of moves) window.addEventListener(type, place, true);
    return () => {
      for (const type of moves) window.removeEventListener(type, place, true);
    };
  }, [open, container]);

  // The active option stays in view as the keys move it.
  useLayoutEffect(() => {
    const list = listRef.current;
    const option = open && activeIndex >= 0 ? list?.children[activeIndex] : null;
    if (!list || !(option instanceof HTMLElement)) return;
    if (option.offsetTop < list.scrollTop) list.scrollTop = option.offsetTop;
    else if (option.offsetTop + option.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = option.offsetTop + option.offsetHeight - list.clientHeight;
  }, [open, activeIndex]);

  const invalid = props['aria-invalid'] === true || props['aria-invalid'] === 'true';
  const active = open && activeIndex >= 0 ? activeIndex : -1;
  return (
    <>
      <button
        ref={setTriggerRef}
        id={id}
        type="button"
        role="combobox"
        className={className ? `ak-select ${className}` : 'ak-select'}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={open ? listboxId : undefined}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-label={props['aria-label']}
        aria-labelledby={props['aria-labelledby']}
        aria-describedby={props['aria-describedby']}
        aria-invalid={invalid || undefined}
        aria-required={props['aria-required']}
        aria-readonly={readOnly || undefined}
        disabled={disabled}
        data-invalid={invalid || undefined}
        data-readonly={readOnly || undefined}
        onClick={() => (open ? close() : openAt(startIndex()))}
        onKeyDown={onKeyDown}
        onBlur={() => {
          close();
          onBlur?.();
        }}
      >
        <span className={selected ? 'ak-select__value' : 'ak-select__value ak-select__placeholder'}>{selected ? selected.label : placeholder}</span>
        <ChevronDownIcon className="ak-icon ak-select__chevron" />
      </button>
      {name ? <input type="hidden" className="ak-select__form-value" name={name} value={value ?? ''} /> : null}
      {open && container
        ? createPortal(
            <DismissableLayer
              ref={popupRef}
              className="ak-select__popup"
              onDismiss={close}
              // A press in the list (its scrollbar too) keeps focus on the trigger.
              onMouseDown={(event) => event.preventDefault()}
              // A press on the trigger is its own toggle, not an outside press.
              onPointerDownOutside={(event) => {
                if (event.target instanceof Node && triggerRef.current?.contains(event.target)) event.preventDefault();
              }}
            >
              <ul ref={listRef} className="ak-select__listbox" role="listbox" id={listboxId} tabIndex={-1} {...listboxNameOf(triggerRef.current)}>
                {options.map((option, index) => (
                  <li
                    key={option.value}
                    id={optionId(index)}
                    role="option"
                    className="ak-select__option"
                    aria-selected={index === selectedIndex}
                    aria-disabled={option.disabled || undefined}
                    data-active={index === active || undefined}
                    onMouseMove={() => {
                      if (index !== active && !option.disabled) setActiveIndex(index);
                    }}
                    onClick={() => choose(index)}
                  >
                    <span className="ak-picker__check" aria-hidden="true">
                      {index === selectedIndex ? <CheckIcon className="ak-icon" /> : null}
                    </span>
                    <span className="ak-picker__option-body">
                      <span className="ak-select__option-label">{option.label}</span>
                      {option.description ? <span className="ak-picker__option-meta">{option.description}</span> : null}
                    </span>
                  </li>
                ))}
              </ul>
            </DismissableLayer>,
            container,
          )
        : null}
    </>
  );
}) as <V extends string>(props: SelectProps<V> & { ref?: Ref<HTMLButtonElement> }) => ReactElement;

/** The outermost kit root around the trigger: inside the theme, and after a dialog's surface, so painted above it. */
function portalTargetOf(trigger: HTMLElement): HTMLElement {
  let root = trigger.closest<HTMLElement>('.ak-root');
  for (let outer = root?.parentElement?.closest<HTMLElement>('.ak-root'); outer; outer = outer.parentElement?.closest<HTMLElement>('.ak-root')) root = outer;
  return root ?? trigger.ownerDocument.body;
}
