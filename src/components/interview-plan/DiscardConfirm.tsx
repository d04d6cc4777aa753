import { ConfirmDialog } from '../../ui/ConfirmDialog';

export interface DiscardConfirmProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDiscard: () => void;
  title: string;
  description: string;
  keepLabel: string;
  discardLabel: string;
}

/** The plan's unsaved-changes warning: the kit's `ConfirmDialog`, focus on "Keep editing", Escape keeps editing. */
export function DiscardConfirm({ open, onOpenChange, onDiscard, title, description, keepLabel, discardLabel }: DiscardConfirmProps) {
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      onConfirm={onDiscard}
      title={title}
      description={description}
      cancelLabel={keepLabel}
      confirmLabel={discardLabel}
      tone="warning"
    />
  );
}
