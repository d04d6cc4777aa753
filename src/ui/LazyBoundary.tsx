import { Component, Suspense, type ReactNode } from 'react';
import { Alert } from './Alert';

interface LoadBoundaryProps {
  /** Shown instead of the children once loading their code failed. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Catches a lazily loaded part whose code didn't arrive (offline, or a deploy replaced the chunk), so the view
 * around it keeps working and says what happened instead of unmounting.
 */
class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export interface LazyBoundaryProps {
  /** Said when the part's code didn't arrive ("The feedback could not be opened…"). */
  failedTitle: string;
  /** Under it: the common network sentence. */
  failedMessage: string;
  /** Shown while the code loads (nothing by default). */
  loading?: ReactNode;
  children: ReactNode;
}

/** A part loaded on first use (`lazy`): what shows while it loads, and an alert in its place if it can't. */
export function LazyBoundary({ failedTitle, failedMessage, loading = null, children }: LazyBoundaryProps) {
  return (
    <LoadBoundary
      fallback={
        <Alert tone="danger" title={failedTitle}>
          {failedMessage}
        </Alert>
      }
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </LoadBoundary>
  );
}
