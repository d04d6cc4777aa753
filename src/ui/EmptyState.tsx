import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** The block's class; its title and text get `<className>-title` and `<className>-text` (each view styles its own). */
  className: string;
  /** Decorative: shown in a round badge, hidden from assistive technology. */
  icon: ReactNode;
  title: string;
  description: string;
}

/** Nothing to show yet: a round icon, what is missing, and how it comes to be. */
export function EmptyState({ className, icon, title, description }: EmptyStateProps) {
  return (
    <div className={className}>
      <span className="ak-icon-circle" aria-hidden="true">
        {icon}
      </span>
      <p className={`${className}-title`}>{title}</p>
      <p className={`${className}-text`}>{description}</p>
    </div>
  );
}
