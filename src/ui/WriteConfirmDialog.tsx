import type { ReactNode } from 'react';
import { useAssessmentKit } from '../data/kit-context';
import { Alert } from './Alert';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
import { errorMessage } from './error-message';
import type { CommonText } from './text';

/** The write a confirmation runs (a kit mutation: `useDisconnectIntegration`, `useRotateWebhookUrl`). */
export interface ConfirmedWrite<T> {
  mutateAsync(): Promise<T>;
  isPending: boolean;
  error: unknown;
  reset(): void;
}

export interface WriteConfirmDialogProps<T>
  extends Omit<ConfirmDialogProps, 'onConfirm' | 'closesOnConfirm' | 'pending' | 'busyLabel' | 'children'> {
  write: ConfirmedWrite<T>;
  /** Said as the write starts, and Escape's reason while it runs. */
  pendingLabel: string;
  /** Said once the backend confirmed. */
  doneLabel: string;
  /** Over the reason, when the write failed. */
  errorTitle: string;
  common: CommonText;
  /** After the backend confirmed; close the confirmation here. */
  onDone: (result: T) => void;
  trigger: ReactNode;
}

/**
 * A `ConfirmDialog` whose confirm button runs a write, by the kit's rule for a write in flight: while it runs the
 * dialog stays open (Escape is held and says `pendingLabel`, the safe button is unavailable); a failure keeps it
 * open with the reason, and the confirm button (still focused) tries again; success is said, as the button that had
 * focus goes away with the dialog. Each opening starts fresh: the last attempt's error is dropped as it opens.
 */
export function WriteConfirmDialog<T>({ write, pendingLabel, doneLabel, errorTitle, common, onDone, onOpenChange, ...props }: WriteConfirmDialogProps<T>) {
  const { announce } = useAssessmentKit('WriteConfirmDialog');
  const run = async () => {
    announce(pendingLabel);
    try {
      const result = await write.mutateAsync();
      announce(doneLabel);
      onDone(result);
    } catch {
      // Shown from `write.error`; the dialog stays open for a retry.
    }
  };
  return (
    <ConfirmDialog
      {...props}
      onOpenChange={(next) => {
        if (next) write.reset();
        onOpenChange(next);
      }}
      onConfirm={() => void run()}
      closesOnConfirm={false}
      pending={write.isPending}
      busyLabel={pendingLabel}
    >
      {/* No "Try again" of its own: the confirm button does it, and keeps focus while it runs. */}
      {write.error ? (
        <Alert tone="danger" title={errorTitle}>
          {errorMessage(write.error, common)}
        </Alert>
      ) : null}
    </ConfirmDialog>
  );
}
