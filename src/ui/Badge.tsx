import type { ComponentPropsWithoutRef, ComponentType, ReactNode } from 'react';

/**
 * The kit's tones (tokens.css `--ak-tone-*`): text on its own tint keeps 4.5:1 in light and dark themes.
 * `neutral` for idle or ended states, `info` for waiting on someone else, `progress` for under way,
 * `success`, `warning` for needs a look, `danger` for failed.
 */
export type BadgeTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger';

export interface BadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The word on the pill ("Connected", "Completed"). */
  label: ReactNode;
  tone?: BadgeTone;
  /** An icon component from `src/ui/icons`, so the state never rests on colour alone. */
  icon?: ComponentType<{ className?: string }>;
  /**
   * What a screen reader hears instead of the word, with its context ("Status: Connected"). The visible pill is
   * then hidden from assistive technology, so the phrase is heard once.
   */
  spokenLabel?: string;
  /** A state that hasn't started (not sent, not connected): a dashed outline. */
  dashed?: boolean;
  /** `sm` for dense tables and lists. */
  size?: 'sm' | 'md';
}

/**
 * One pill for every state in the kit: tone + icon + word, plus an optional spoken phrase. Not a live region:
 * a list of badges stays silent as states change (say a change with `announce()` where the user caused it).
 *
 * ```tsx
 * <Badge tone="success" icon={CircleCheckIcon} label="Connected" spokenLabel="Status: Connected" />
 * ```
 */
export function Badge({ label, tone = 'neutral', icon: Icon, spokenLabel, dashed = false, size = 'md', className, ...props }: BadgeProps) {
  return (
    <span
      {...props}
      className={className ? `ak-badge ${className}` : 'ak-badge'}
      data-tone={tone}
      data-size={size}
      data-dashed={dashed || undefined}
    >
      {spokenLabel ? <span className="ak-visually-hidden">{spokenLabel}</span> : null}
      <span className="ak-badge__content" aria-hidden={spokenLabel ? true : undefined}>
        {Icon ? <Icon className="ak-icon ak-badge__icon" /> : null}
        <span className="ak-badge__label">{label}</span>
      </span>
    </span>
  );
}
