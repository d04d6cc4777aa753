import * as RadixDialog from '@radix-ui/react-dialog';
import { useDismissableLayerSurface } from '@radix-ui/react-dismissable-layer';
import { useEffect, useRef, type ComponentPropsWithoutRef, type MouseEventHandler, type ReactNode } from 'react';
import { useAssessmentKit } from '../data/kit-context';
import { useRootProps } from '../data/root-props';
import { XIcon } from './icons';
import { usePageScrollLock } from './use-page-scroll-lock';

/**
 * The kit's dialog, in parts, as Radix's `dialog.tsx` is: `DialogRoot` (open, defaultOpen, onOpenChange),
 * `DialogTrigger`, `DialogContent` (portal, theme scope, overlay, focus and dismissal rules), `DialogHeader`,
 * `DialogTitle`, `DialogDescription`, `DialogCloseButton`, `DialogBody` and `DialogFooter`. A feature composes
 * what it needs; `DialogShell` below is the common composition.
 */
export const DialogRoot = RadixDialog.Root;

/** Wraps the element that opens the dialog; focus returns to it on close. */
export function DialogTrigger({ children }: { children: ReactNode }) {
  return <RadixDialog.Trigger asChild>{children}</RadixDialog.Trigger>;
}

export type DialogTone = 'accent' | 'success' | 'warning' | 'danger';

/** How a kit dialog opens: controlled (`open`, `onOpenChange`) or not (`defaultOpen`), and from a `trigger` or not. */
export interface DialogOpenProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog; focus returns to it on close. */
  trigger?: ReactNode;
}

export interface DialogContentProps extends Omit<ComponentPropsWithoutRef<typeof RadixDialog.Content>, 'role'> {
  size?: 'sm' | 'md' | 'lg';
  /** Blocks Escape and outside clicks, e.g. while a request is running or a secret is shown once. */
  preventClose?: boolean;
  /**
   * Said once, politely, when `preventClose` holds an Escape ("Sending…"): the user hears why the dialog stayed.
   * Said again only after `preventClose` has lifted and holds again (the next write).
   */
  busyLabel?: string;
  /**
   * `alertdialog` for confirmations that interrupt: outside clicks never dismiss it, and Escape only when
   * `preventClose` is off.
   */
  role?: 'dialog' | 'alertdialog';
  /** Set false when the dialog has no `DialogDescription`, so no dangling aria-describedby is left. */
  described?: boolean;
}

function isFocusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element !== element.ownerDocument.body;
}

/** The focused element, looking into open shadow roots: `document.activeElement` stops at the shadow host. */
function deepActiveElement(document: Document | undefined): Element | null {
  let active = document?.activeElement ?? null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Radix focuses on open without scrolling: once focus has landed (a frame later, after a caller's own focus), the
 * focused element scrolls whole into view, its ring clear of the footer (the body's `scroll-padding`).
 */
function revealFocusIn(content: EventTarget | null) {
  if (!(content instanceof HTMLElement)) return;
  requestAnimationFrame(() => {
    const focused = deepActiveElement(content.ownerDocument);
    if (focused && focused !== content && content.contains(focused)) focused.scrollIntoView?.({ block: 'nearest' });
  });
}

/**
 * The dimmed page behind a dialog; a click on it dismisses the dialog, as on Radix's overlay. Not Radix's overlay: that
 * one locks the page's scrolling with a `<style>` element, which a page with a strict CSP blocks (and reports).
 */
function DialogOverlay() {
  usePageScrollLock();
  return <div ref={useDismissableLayerSurface()} className="ak-dialog-overlay" aria-hidden="true" />;
}

/**
 * The dialog surface, rendered into the provider's portal container inside an `.ak-root`, so the theme reaches it.
 *
 * Focus returns on close to whatever had it when the dialog opened: the trigger, or, when a host opens the dialog
 * itself with `open` (from a menu, or from inside its own dialog), the element the host had focused. Radix alone
 * would send focus to `<body>` without a trigger. A host's `onCloseAutoFocus` that calls `preventDefault()` wins.
 */
export function DialogContent({
  size = 'md',
  preventClose = false,
  busyLabel,
  role = 'dialog',
  described = true,
  className,
  onOpenAutoFocus,
  onCloseAutoFocus,
  onEscapeKeyDown,
  onPointerDownOutside,
  onInteractOutside,
  children,
  ...props
}: DialogContentProps) {
  const { portalContainer, announce } = useAssessmentKit('DialogContent');
  const rootProps = useRootProps('ak-dialog-root');
  const returnFocusTo = useRef<Element | null>(null);
  const isAlert = role === 'alertdialog';
  const heldSaid = useRef(false);
  useEffect(() => {
    if (!preventClose) heldSaid.current = false;
  }, [preventClose]);

  return (
    <RadixDialog.Portal container={portalContainer ?? undefined}>
      <div {...rootProps}>
        <DialogOverlay />
        <RadixDialog.Content
          {...props}
          role={role}
          className={className ? `ak-dialog ${className}` : 'ak-dialog'}
          data-size={size}
          {...(described ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={(event) => {
            // Radix fires this before it moves focus, so the active element is still the one to return to.
            returnFocusTo.current = event.target instanceof Node ? deepActiveElement(event.target.ownerDocument ?? undefined) : null;
            onOpenAutoFocus?.(event);
            revealFocusIn(event.currentTarget);
          }}
          onCloseAutoFocus={(event) => {
            onCloseAutoFocus?.(event);
            if (event.defaultPrevented) return;
            const target = returnFocusTo.current;
            returnFocusTo.current = null;
            if (isFocusable(target)) {
              event.preventDefault();
              target.focus({ preventScroll: true });
            }
          }}
          onEscapeKeyDown={(event) => {
            // An open picker list is a layer above the dialog: its Escape never reaches here.
            if (preventClose) {
              event.preventDefault();
              if (busyLabel && !heldSaid.current) {
                heldSaid.current = true;
                announce(busyLabel, 'polite');
              }
            }
            onEscapeKeyDown?.(event);
          }}
          onPointerDownOutside={(event) => {
            if (preventClose || isAlert) event.preventDefault();
            onPointerDownOutside?.(event);
          }}
          onInteractOutside={(event) => {
            if (preventClose || isAlert) event.preventDefault();
            onInteractOutside?.(event);
          }}
        >
          {children}
        </RadixDialog.Content>
      </div>
    </RadixDialog.Portal>
  );
}

/** Title, description, an optional leading icon and the close button, in the dialog's header row. */
export function DialogHeader({
  icon,
  tone = 'accent',
  children,
}: {
  /** A leading icon above the title (confirmations, results). */
  icon?: ReactNode;
  tone?: DialogTone;
  children: ReactNode;
}) {
  return (
    <header className="ak-dialog__header" data-has-icon={icon ? true : undefined}>
      {icon ? (
        <span className="ak-icon-circle" data-tone={tone} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </header>
  );
}

export function DialogTitle(props: ComponentPropsWithoutRef<typeof RadixDialog.Title>) {
  return <RadixDialog.Title {...props} className={props.className ? `ak-dialog__title ${props.className}` : 'ak-dialog__title'} />;
}

export function DialogDescription(props: ComponentPropsWithoutRef<typeof RadixDialog.Description>) {
  return (
    <RadixDialog.Description
      {...props}
      className={props.className ? `ak-dialog__description ${props.className}` : 'ak-dialog__description'}
    />
  );
}

/** The × in the header. An `onClick` that calls `preventDefault()` keeps the dialog open (to ask first). */
export function DialogCloseButton({ label, onClick }: { label: string; onClick?: MouseEventHandler<HTMLButtonElement> }) {
  return (
    <RadixDialog.Close className="ak-icon-button ak-dialog__close" aria-label={label} onClick={onClick}>
      <XIcon />
    </RadixDialog.Close>
  );
}

/** Closes the dialog when its child is activated (a Cancel or Done button). */
export function DialogClose({ children }: { children: ReactNode }) {
  return <RadixDialog.Close asChild>{children}</RadixDialog.Close>;
}

export function DialogBody({ className, ...props }: ComponentPropsWithoutRef<'div'>) {
  return <div {...props} className={className ? `ak-dialog__body ${className}` : 'ak-dialog__body'} />;
}

/** Buttons at the bottom, right-aligned. */
export function DialogFooter({ className, ...props }: ComponentPropsWithoutRef<'footer'>) {
  return <footer {...props} className={className ? `ak-dialog__footer ${className}` : 'ak-dialog__footer'} />;
}

export interface DialogSectionsProps {
  title: ReactNode;
  description?: ReactNode;
  /** A leading icon above the title, in `iconTone`. */
  icon?: ReactNode;
  iconTone?: DialogTone;
  /** The header's × (a `DialogCloseButton`, or a guard's `closeButton`); none when null. */
  close?: ReactNode;
  /** The body; a confirmation may have none beyond its description. */
  children?: ReactNode;
  /** Buttons at the bottom, right-aligned. */
  footer?: ReactNode;
}

/** What a dialog holds inside `DialogContent`: header (icon, title, description, ×), body and footer. */
export function DialogSections({ title, description, icon, iconTone, close, children, footer }: DialogSectionsProps) {
  return (
    <>
      <DialogHeader icon={icon} tone={iconTone}>
        <DialogTitle>{title}</DialogTitle>
        {description ? <DialogDescription>{description}</DialogDescription> : null}
        {close}
      </DialogHeader>
      {children ? <DialogBody>{children}</DialogBody> : null}
      {footer ? <DialogFooter>{footer}</DialogFooter> : null}
    </>
  );
}

export interface DialogShellProps
  extends Pick<DialogContentProps, 'size' | 'preventClose' | 'busyLabel' | 'role' | 'onOpenAutoFocus' | 'onCloseAutoFocus' | 'className'>,
    Omit<DialogSectionsProps, 'close'>,
    DialogOpenProps {
  closeLabel: string;
}

/** The common composition of the parts: a root, its trigger, and the sections with a × (none while held). */
export function DialogShell({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  footer,
  closeLabel,
  icon,
  iconTone,
  preventClose = false,
  role = 'dialog',
  ...contentProps
}: DialogShellProps) {
  return (
    <DialogRoot open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      <DialogContent {...contentProps} preventClose={preventClose} role={role} described={Boolean(description)}>
        <DialogSections
          title={title}
          description={description}
          icon={icon}
          iconTone={iconTone}
          close={preventClose || role === 'alertdialog' ? null : <DialogCloseButton label={closeLabel} />}
          footer={footer}
        >
          {children}
        </DialogSections>
      </DialogContent>
    </DialogRoot>
  );
}
