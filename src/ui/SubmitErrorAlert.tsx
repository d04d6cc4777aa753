import { useEffect, useRef } from 'react';
import { Alert } from './Alert';
import { errorMessage } from './error-message';
import { RetryAlert } from './RetryAlert';
import type { FormSubmitError } from './submit-failure';
import type { CommonText } from './text';

export interface SubmitErrorAlertProps {
  error: FormSubmitError;
  title: string;
  common: CommonText;
  /** The retry is running: Try again keeps focus, busy. */
  retrying: boolean;
  onRetry: () => void;
}

/**
 * A write form's failure at its top: a retryable one with Try again, which takes focus (the next step, while the
 * submit button is far below); a refusal with what to do about it.
 */
export function SubmitErrorAlert({ error, title, common, retrying, onRetry }: SubmitErrorAlertProps) {
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => retryRef.current?.focus(), [error]);
  if (error.kind === 'retryable') {
    return (
      <RetryAlert ref={retryRef} title={title} retryLabel={common.retry} size="sm" retrying={retrying} onRetry={onRetry}>
        {errorMessage(error.error, common)}
      </RetryAlert>
    );
  }
  return (
    <Alert tone="danger" title={title}>
      {error.message ?? errorMessage(error.error, common)}
    </Alert>
  );
}
