import { useRef } from 'react';
import { Button } from '../../ui/Button';
import { DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogRoot, DialogTitle } from '../../ui/Dialog';
import { TriangleAlertIcon } from '../../ui/icons';

export interface DiscardConfirmProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDiscard: () => void;
  title: string;
  description: string;
  keepLabel: string;
  discardLabel: string;
}

/**
 * The unsaved-changes warning: an alert dialog whose focus starts on "Keep editing", so Enter never throws work
 * away. Escape keeps editing too.
 */
export function DiscardConfirm({ open, onOpenChange, onDiscard, title, description, keepLabel, discardLabel }: DiscardConfirmProps) {
  const keepRef = useRef<HTMLButtonElement>(null);
  return (
    <DialogRoot open={open} onOpenChange={onOpenChange}>
      <DialogContent
        role="alertdialog"
        size="sm"
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          keepRef.current?.focus();
        }}
      >
        <DialogHeader icon={<TriangleAlertIcon />} tone="warning">
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button ref={keepRef} onClick={() => onOpenChange(false)}>
            {keepLabel}
          </Button>
          <Button
            variant="danger"
            onClick={() => {
              onOpenChange(false);
              onDiscard();
            }}
          >
            {discardLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </DialogRoot>
  );
}
