import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { SpinnerIcon } from './icons';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'ghost' | 'danger';
  size?: 'sm' | 'md';
  /** Shows a spinner and blocks clicks while keeping the button focusable and its label readable. */
  pending?: boolean;
  icon?: ReactNode;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'secondary',
    size = 'md',
    pending = false,
    icon,
    className,
    children,
    onClick,
    type = 'button',
    'aria-disabled': ariaDisabled,
    ...props
  },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={className ? `ak-button ${className}` : 'ak-button'}
      data-variant={variant}
      data-size={size}
      data-pending={pending || undefined}
      {...props}
      // aria-disabled rather than disabled: focus stays on the button and screen readers still reach it. A
      // pending or aria-disabled button ignores clicks (and, as a submit button, doesn't submit its form).
      aria-disabled={pending || ariaDisabled || undefined}
      aria-busy={pending || undefined}
      onClick={(event) => {
        if (pending || ariaDisabled === true || ariaDisabled === 'true') {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {pending ? <SpinnerIcon className="ak-icon ak-spin" /> : icon}
      {children}
    </button>
  );
});

export interface IconButtonProps extends Omit<ButtonProps, 'icon' | 'children' | 'aria-label' | 'title'> {
  /** The button's name, e.g. "Move Send CodeInterview Assessment up". */
  label: string;
  icon: ReactNode;
}

/**
 * A button that shows only an icon. Its name is `label` and nothing repeats it: a `title` with the same words is
 * read again as the button's description ("Remove question 2, button, Remove question 2"), on every button of a list.
 */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton({ label, icon, variant = 'ghost', size = 'sm', ...props }, ref) {
  return (
    <Button ref={ref} variant={variant} size={size} {...props} aria-label={label}>
      {icon}
    </Button>
  );
});
