import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** The view's class beside the shared `ak-empty-state`; its title and text get `<className>-title` and `-text`. */
  className: string;
  /** Decorative: shown in a round badge, hidden from assistive technology. */
  icon: ReactNode;
  title: string;
  description: string;
}

/** Nothing to show yet: a round icon, what is missing, and how it comes to be. */
export function EmptyState({ className, icon, title, description }: EmptyStateProps) {
  return (
    <div className={`ak-empty-state ${className}`}>
      <span className="ak-icon-circle" aria-hidden="true">
        {icon}
      </span>
      <p className={`ak-empty-state__title ${className}-title`}>{title}</p>
      <p className={`ak-empty-state__text ${className}-text`}>{description}</p>
    </div>
  );
}
