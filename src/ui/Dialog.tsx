import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useAssessmentKit } from '../data/kit-context';
import { useRootProps } from '../data/root-props';
import { XIcon } from './icons';

export interface DialogShellProps {
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** An element that opens the dialog (rendered through Radix's Trigger, so focus returns to it on close). */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** The body; a confirmation may have none beyond its description. */
  children?: ReactNode;
  /** Buttons at the bottom, right-aligned. */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** Blocks Escape and outside clicks, e.g. while a request is running or a secret is shown once. */
  preventClose?: boolean;
  closeLabel: string;
  /** Where focus goes on open; default is the first focusable element. */
  onOpenAutoFocus?: (event: Event) => void;
  /** Where focus goes on close; default is the trigger. */
  onCloseAutoFocus?: (event: Event) => void;
  /**
   * `alertdialog` for confirmations that interrupt: no close button, outside clicks never dismiss it, and
   * Escape only when `preventClose` is off.
   */
  role?: 'dialog' | 'alertdialog';
  /** A leading icon above the title (confirmations). */
  icon?: ReactNode;
  className?: string;
}

/**
 * The kit's dialog: a Radix Dialog rendered into the provider's portal container, inside an `.ak-root`
 * so the theme reaches it.
 */
export function DialogShell({
  open,
  defaultOpen,
  onOpenChange,
  trigger,
  title,
  description,
  children,
  footer,
  size = 'md',
  preventClose = false,
  closeLabel,
  onOpenAutoFocus,
  onCloseAutoFocus,
  role = 'dialog',
  icon,
  className,
}: DialogShellProps) {
  const { portalContainer } = useAssessmentKit('DialogShell');
  const rootProps = useRootProps('ak-dialog-root');
  const isAlert = role === 'alertdialog';
  const blockWhenPrevented = (event: Event) => {
    if (preventClose) event.preventDefault();
  };
  const blockOutside = (event: Event) => {
    if (preventClose || isAlert) event.preventDefault();
  };

  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger ? <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger> : null}
      <RadixDialog.Portal container={portalContainer ?? undefined}>
        <div {...rootProps}>
          <RadixDialog.Overlay className="ak-dialog-overlay" />
          <RadixDialog.Content
            role={role}
            className={className ? `ak-dialog ${className}` : 'ak-dialog'}
            data-size={size}
            onEscapeKeyDown={blockWhenPrevented}
            onPointerDownOutside={blockOutside}
            onInteractOutside={blockOutside}
            onOpenAutoFocus={onOpenAutoFocus}
            onCloseAutoFocus={onCloseAutoFocus}
            {...(description ? {} : { 'aria-describedby': undefined })}
          >
            <header className="ak-dialog__header" data-has-icon={icon ? true : undefined}>
              {icon ? (
                <span className="ak-icon-circle" data-tone="danger" aria-hidden="true">
                  {icon}
                </span>
              ) : null}
              <RadixDialog.Title className="ak-dialog__title">{title}</RadixDialog.Title>
              {description ? (
                <RadixDialog.Description className="ak-dialog__description">{description}</RadixDialog.Description>
              ) : null}
              {preventClose || isAlert ? null : (
                <RadixDialog.Close className="ak-icon-button ak-dialog__close" aria-label={closeLabel}>
                  <XIcon />
                </RadixDialog.Close>
              )}
            </header>
            {children ? <div className="ak-dialog__body">{children}</div> : null}
            {footer ? <footer className="ak-dialog__footer">{footer}</footer> : null}
          </RadixDialog.Content>
        </div>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
