import type { ComponentProps } from 'react';

/**
 * A button of the host's own design system, for dialog triggers in stories: a host opens kit dialogs with its
 * buttons (the kit's Button is internal), and the story canvas shows exactly what a host page would.
 */
export function HostButton({ primary = false, ...props }: ComponentProps<'button'> & { primary?: boolean }) {
  return <button type="button" className="story-button" data-primary={primary || undefined} {...props} />;
}
