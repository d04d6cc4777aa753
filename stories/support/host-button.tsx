import { forwardRef, type ComponentPropsWithoutRef } from 'react';

/**
 * A button of the host's own design system, for dialog triggers in stories: a host opens kit dialogs with its
 * buttons (the kit's Button is internal), and the story canvas shows exactly what a host page would. It forwards
 * its ref, as a trigger must on React 18: the dialog returns focus to it through that ref.
 */
export const HostButton = forwardRef<HTMLButtonElement, ComponentPropsWithoutRef<'button'> & { primary?: boolean }>(
  function HostButton({ primary = false, ...props }, ref) {
    return <button ref={ref} type="button" className="story-button" data-primary={primary || undefined} {...props} />;
  },
);
