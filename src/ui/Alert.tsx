import type { HTMLAttributes, ReactNode } from 'react';
import { CircleAlertIcon, CircleCheckIcon, InfoIcon, TriangleAlertIcon } from './icons';

export interface AlertProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  tone?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  /** Buttons for the next step (Retry, Reload). */
  actions?: ReactNode;
  /**
   * Heard as it appears (role="alert"); by default only a danger one is. Pass `false` for a standing state that is
   * part of a list (an item's failure), so rendering the list doesn't interrupt the reader.
   */
  live?: boolean;
}

const toneIcons = {
  info: InfoIcon,
  success: CircleCheckIcon,
  warning: TriangleAlertIcon,
  danger: CircleAlertIcon,
};

/**
 * An inline message. An error (`tone="danger"`) has role="alert": screen readers say it as it appears, so don't
 * also `announce()` it. Other tones are not live regions (one inserted already filled is not reliably heard):
 * when one appears because of something the user did, say it with `useAssessmentKit().announce`.
 */
export function Alert({ tone = 'info', title, actions, live = tone === 'danger', children, className, ...props }: AlertProps) {
  const Icon = toneIcons[tone];
  return (
    <div
      role={live ? 'alert' : undefined}
      className={className ? `ak-alert ${className}` : 'ak-alert'}
      data-tone={tone}
      {...props}
    >
      <Icon className="ak-icon ak-alert__icon" />
      <div className="ak-alert__body">
        {title ? <p className="ak-alert__title">{title}</p> : null}
        {children ? <div className="ak-alert__text">{children}</div> : null}
      </div>
      {actions ? <div className="ak-alert__actions">{actions}</div> : null}
    </div>
  );
}
