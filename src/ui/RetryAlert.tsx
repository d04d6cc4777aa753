import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { Alert, type AlertProps } from './Alert';
import { Button } from './Button';
import { RefreshIcon } from './icons';

export interface RetryAlertProps extends Omit<AlertProps, 'actions'> {
  /** The retry button's label, from the feature's text ("Try again", "Reload"). */
  retryLabel: string;
  /** Runs the retry. Leave it out when the button submits a form (`retryButton={{ type: 'submit', form }}`). */
  onRetry?: () => void;
  /** The retry is running: the button shows a spinner and ignores clicks, keeping focus. */
  retrying?: boolean;
  size?: 'sm' | 'md';
  /** Extra attributes for the retry button (e.g. `type="submit"` and `form`). */
  retryButton?: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'children'>;
  /** Further actions shown after the retry button. */
  moreActions?: ReactNode;
}

/**
 * A failure with its next step: an `Alert` (danger by default, so it is heard as it appears) whose action is a
 * retry button. The ref goes to that button, so a flow can move focus to the next step after a failure.
 */
export const RetryAlert = forwardRef<HTMLButtonElement, RetryAlertProps>(function RetryAlert(
  { retryLabel, onRetry, retrying = false, size = 'md', retryButton, moreActions, tone = 'danger', ...alert },
  ref,
) {
  return (
    <Alert
      tone={tone}
      {...alert}
      actions={
        <>
          <Button ref={ref} size={size} icon={<RefreshIcon className="ak-icon" />} pending={retrying} onClick={onRetry} {...retryButton}>
            {retryLabel}
          </Button>
          {moreActions}
        </>
      }
    />
  );
});
