import { useState, type ReactNode } from 'react';

/**
 * A short visible name for an icon-only control, shown on hover and on keyboard focus. It follows WCAG 1.4.13: the
 * pointer can move onto it, Escape hides it, and it stays until the pointer or focus leaves. Hidden from screen
 * readers, since the control's own name already says it (often more fully: "Move Data take-home up").
 */
export function Tooltip({ label, children }: { label: string; children: ReactNode }) {
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className="ak-tooltip-anchor"
      data-dismissed={dismissed || undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDismissed(true);
      }}
      onPointerLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}
    >
      {children}
      <span className="ak-tooltip" aria-hidden="true">
        {label}
      </span>
    </span>
  );
}
