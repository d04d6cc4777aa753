import { DismissableLayer } from '@radix-ui/react-dismissable-layer';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, type ButtonProps } from './Button';

export interface MenuItem {
  key: string;
  label: ReactNode;
  /** A second line: why the item is unavailable, or what it will do. Read after the label. */
  description?: ReactNode;
  icon?: ReactNode;
  /** Shown but not activatable. Arrow keys still reach it, so its description is heard. */
  disabled?: boolean;
  onSelect?: () => void;
}

export interface MenuButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  children: ReactNode;
  items: MenuItem[];
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
  /** For the button; `className` goes on the wrapper holding button and menu. */
  buttonClassName?: string;
}

/**
 * A WAI-ARIA menu button (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/): Enter, Space or ArrowDown opens
 * the menu on its first item, ArrowUp on its last; arrows (wrapping), Home, End and typing the first letters move
 * between items; Enter or Space activates; Escape closes and returns focus to the button; Tab closes and moves on.
 *
 * Hand-rolled rather than Radix DropdownMenu: that adds about 20 KB gzip (floating-ui, menu internals) to a page
 * whose budget is 65 KB in all; this is about 1 KB. The menu opens below the button, in place, without collision
 * handling: it holds a handful of short items. It is a layer (Radix `DismissableLayer`, which Radix dialogs stack
 * on), so inside a host's own Radix dialog Escape closes the menu and not that dialog.
 */
export function MenuButton({ children, items, align = 'start', className, buttonClassName, ...buttonProps }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<Array<HTMLDivElement | null>>([]);
  const typed = useRef({ text: '', at: 0 });
  const menuId = useId();
  const buttonId = useId();

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const activate = (index: number) => {
    const item = items[index];
    if (!item || item.disabled) return;
    // Focus is back on the button before the item acts, so a dialog it opens returns focus there.
    close();
    item.onSelect?.();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      setActive(index);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active === last ? 0 : active + 1);
      case 'ArrowUp':
        return move(active === 0 ? last : active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'Tab':
        // Focus goes to the button first, so Tab moves on from there as the menu closes.
        buttonRef.current?.focus();
        return setOpen(false);
      case 'Enter':
      case ' ':
        event.preventDefault();
        return activate(active);
      default:
        if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          const match = findByTypedText(event.key, event.timeStamp);
          if (match !== -1) move(match);
        }
    }
  };

  // Type-ahead: letters typed within a second add up ("Sk" finds "SkillForge"), searching from the next item.
  const findByTypedText = (key: string, at: number) => {
    const text = at - typed.current.at < 1000 ? typed.current.text + key.toLowerCase() : key.toLowerCase();
    typed.current = { text, at };
    const labels = itemRefs.current.map((element) => element?.querySelector('.ak-menu__label')?.textContent?.toLowerCase() ?? '');
    for (let step = text.length === 1 ? 1 : 0; step <= items.length; step += 1) {
      const index = (active + step) % items.length;
      if (labels[index]?.startsWith(text)) return index;
    }
    return -1;
  };

  return (
    <div className={className ? `ak-menu ${className}` : 'ak-menu'} ref={rootRef}>
      <Button
        {...buttonProps}
        className={buttonClassName}
        ref={buttonRef}
        id={buttonId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onKeyDown={onButtonKeyDown}
        onClick={() => (open ? setOpen(false) : openAt(0))}
      >
        {children}
      </Button>
      {open ? (
        <DismissableLayer
          className="ak-menu__list"
          role="menu"
          id={menuId}
          aria-labelledby={buttonId}
          data-align={align}
          onKeyDown={onMenuKeyDown}
          // Escape returns focus to the button; a press or focus elsewhere leaves it where it went.
          onEscapeKeyDown={(event) => {
            event.preventDefault();
            close();
          }}
          // The button is outside the list but toggles it itself. Read where the press or focus landed from its path: in
          // a shadow root the document sees the shadow host as the target.
          onInteractOutside={(event) => {
            const [landed] = event.detail.originalEvent.composedPath();
            if (landed instanceof Node && rootRef.current?.contains(landed)) event.preventDefault();
          }}
          onDismiss={() => setOpen(false)}
        >
          {items.map((item, index) => (
            <MenuItemRow
              key={item.key}
              item={item}
              active={index === active}
              itemRef={(element) => {
                itemRefs.current[index] = element;
              }}
              onActivate={() => activate(index)}
              onHover={() => {
                if (index !== active) setActive(index);
              }}
            />
          ))}
        </DismissableLayer>
      ) : null}
    </div>
  );
}

function MenuItemRow({
  item,
  active,
  itemRef,
  onActivate,
  onHover,
}: {
  item: MenuItem;
  active: boolean;
  itemRef: (element: HTMLDivElement | null) => void;
  onActivate: () => void;
  onHover: () => void;
}) {
  const id = useId();
  return (
    <div
      ref={itemRef}
      role="menuitem"
      tabIndex={-1}
      className="ak-menu__item"
      data-active={active || undefined}
      aria-disabled={item.disabled || undefined}
      aria-describedby={item.description ? `${id}-description` : undefined}
      onClick={onActivate}
      onPointerMove={onHover}
    >
      {item.icon ? (
        <span className="ak-menu__icon" aria-hidden="true">
          {item.icon}
        </span>
      ) : null}
      <span className="ak-menu__text">
        <span className="ak-menu__label">{item.label}</span>
        {item.description ? (
          // Named by its label alone, described by this line (hidden from the name, still read as the description).
          <span className="ak-menu__description" id={`${id}-description`} aria-hidden="true">
            {item.description}
          </span>
        ) : null}
      </span>
    </div>
  );
}
