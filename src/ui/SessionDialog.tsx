import { useControllableState } from '@radix-ui/react-use-controllable-state';
import type { ReactNode } from 'react';
import { DialogRoot, DialogTrigger, type DialogOpenProps } from './Dialog';
import { useOpeningKey } from './use-opening-key';

export interface SessionDialogProps extends DialogOpenProps {
  /** The component's name, for the warning when it switches between controlled and uncontrolled. */
  caller: string;
  /** Runs in the event that opens the dialog (its trigger, not a host's `open`), before it renders open. */
  onOpening?: () => void;
  /**
   * One opening's content: give it `key`, so each opening starts fresh without an effect that resets it on close.
   * Escape, × and outside clicks reach `onOpenChange` only once the content let them through.
   */
  children: (session: { key: number; open: boolean; close: () => void }) => ReactNode;
}

/** A form dialog's root: open controlled or not, its trigger, and its content mounted per opening. */
export function SessionDialog({ open: openProp, defaultOpen = false, onOpenChange, trigger, caller, onOpening, children }: SessionDialogProps) {
  const [open, setOpen] = useControllableState({ prop: openProp, defaultProp: defaultOpen, onChange: onOpenChange, caller });
  const key = useOpeningKey(open);
  const changeOpen = (next: boolean) => {
    if (next) onOpening?.();
    setOpen(next);
  };
  return (
    <DialogRoot open={open} onOpenChange={changeOpen}>
      {trigger ? <DialogTrigger>{trigger}</DialogTrigger> : null}
      {children({ key, open, close: () => setOpen(false) })}
    </DialogRoot>
  );
}
