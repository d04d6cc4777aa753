import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** Shown instead of the children once loading their code failed. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Catches a lazily loaded part whose code didn't arrive (offline, or a deploy replaced the chunk), so the tab
 * around it keeps working and says what happened instead of unmounting.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
