import { useCallback, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Button } from './Button';
import {
  DialogBody,
  DialogCloseButton,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogRoot,
  DialogTitle,
  DialogTrigger,
  type DialogContentProps,
} from './Dialog';
import { TriangleAlertIcon } from './icons';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** The safe choice ("Keep editing"): focus starts on it, and Escape means it too. */
  cancelLabel: string;
  /** The choice that interrupts ("Discard changes"). */
  confirmLabel: string;
  /** Called as the confirmation closes (it closes first, so a caller that closes its own dialog too may). */
  onConfirm: () => void;
  /** `danger` (the default) for a choice that loses something; `warning` for one that only interrupts. */
  tone?: 'danger' | 'warning';
  icon?: ReactNode;
  /** An element that opens it; focus returns there on close. */
  trigger?: ReactNode;
  /**
   * The confirmed write is running (the kit's rule for a write in flight): it stays open, Escape says `busyLabel`,
   * the safe button is held and the confirm button is busy. Give `closesOnConfirm={false}` and close it yourself.
   */
  pending?: boolean;
  busyLabel?: string;
  /** Default true; false when `onConfirm` starts a write and the caller closes the dialog once it succeeded. */
  closesOnConfirm?: boolean;
  /** Shown between the description and the buttons (a failure of the write, with the confirm button as its retry). */
  children?: ReactNode;
  className?: string;
}

/**
 * A confirmation that interrupts: an alert dialog whose focus starts on the safe button, so Enter never throws
 * work away. Escape and the safe button close it; an outside click does nothing.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  cancelLabel,
  confirmLabel,
  onConfirm,
  tone = 'danger',
  icon = <TriangleAlertIcon />,
  trigger,
  pending = false,
  busyLabel,
  closesOnConfirm = true,
  children,
  className,
}: ConfirmDialogProps) {
  const safeRef = useRef<HTMLButtonElement>(null);
  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      <DialogContent
        role="alertdialog"
        size="sm"
        className={className}
        preventClose={pending}
        busyLabel={busyLabel}
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          safeRef.current?.focus();
        }}
      >
        <DialogHeader icon={icon} tone={tone === 'danger' ? 'danger' : 'warning'}>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children ? <DialogBody>{children}</DialogBody> : null}
        <DialogFooter>
          <Button ref={safeRef} aria-disabled={pending || undefined} onClick={() => onOpenChange(false)}>
            {cancelLabel}
          </Button>
          <Button
            variant="danger"
            pending={pending}
            onClick={() => {
              if (closesOnConfirm) onOpenChange(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </DialogRoot>
  );
}

/** The words of a "discard unsaved input?" confirmation, from the feature's text. */
export interface DiscardText {
  title: string;
  description: string;
  keepEditing: string;
  confirm: string;
}

export interface DiscardGuard {
  /** For Cancel: asks when the form has unsaved input, else discards at once. */
  request: () => void;
  /**
   * For the dialog's `onEscapeKeyDown`, `onInteractOutside` and the ×'s `onClick`: with unsaved input it holds the
   * close and asks. An event the dialog already held (an open list's Escape, a write in flight) is left alone.
   */
  hold: (event: SyntheticEvent | Event) => void;
  /**
   * Spread on the form dialog's `DialogContent`: while `busy`, Escape and outside clicks are held (Escape says
   * `busyLabel`); otherwise, with unsaved input, they ask first.
   */
  contentProps: Pick<DialogContentProps, 'preventClose' | 'busyLabel' | 'onEscapeKeyDown' | 'onInteractOutside'>;
  /** The header's × (given `closeLabel`): asks first with unsaved input; none while busy. */
  closeButton: ReactNode;
  /** Spread on Cancel: asks first with unsaved input; inert while busy. */
  cancelProps: { onClick: () => void; 'aria-disabled': true | undefined };
  /** The confirmation; render it beside the dialog. */
  confirmation: ReactNode;
}

export interface DiscardGuardOptions {
  /** Read at the moment of the close, so it may come from a ref. */
  isDirty: () => boolean;
  onDiscard: () => void;
  text: DiscardText;
  /** A write is in flight: nothing closes the dialog until it settles. */
  busy?: boolean;
  /** Said when Escape is held while busy ("Sending…"). */
  busyLabel?: string;
  /** The ×'s accessible name; without it there is no `closeButton`. */
  closeLabel?: string;
}

/**
 * Guards a form dialog's close, one rule for every form dialog: Escape, ×, Cancel or an outside click with unsaved
 * input asks first, with focus on "Keep editing"; while a write is in flight nothing closes it.
 */
export function useDiscardGuard({ isDirty, onDiscard, text, busy = false, busyLabel, closeLabel }: DiscardGuardOptions): DiscardGuard {
  const [asking, setAsking] = useState(false);
  const request = useCallback(() => {
    if (isDirty()) setAsking(true);
    else onDiscard();
  }, [isDirty, onDiscard]);
  const hold = useCallback(
    (event: SyntheticEvent | Event) => {
      if (event.defaultPrevented || !isDirty()) return;
      event.preventDefault();
      setAsking(true);
    },
    [isDirty],
  );
  const confirmation = (
    <ConfirmDialog
      open={asking}
      onOpenChange={setAsking}
      title={text.title}
      description={text.description}
      cancelLabel={text.keepEditing}
      confirmLabel={text.confirm}
      onConfirm={onDiscard}
      tone="warning"
    />
  );
  return {
    request,
    hold,
    contentProps: { preventClose: busy, busyLabel, onEscapeKeyDown: hold, onInteractOutside: hold },
    closeButton: busy || closeLabel === undefined ? null : <DialogCloseButton label={closeLabel} onClick={hold} />,
    cancelProps: { onClick: request, 'aria-disabled': busy || undefined },
    confirmation,
  };
}
