import type { ButtonHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import { Link, type LinkProps } from 'react-router';

import styles from './Button.module.css';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface Look {
  variant?: ButtonVariant;
  size?: 'medium' | 'small';
  block?: boolean;
}

const classes = ({ variant = 'primary', size = 'medium', block = false }: Look, extra?: string) =>
  [styles.button, styles[variant], size === 'small' && styles.small, block && styles.block, extra].filter(Boolean).join(' ');

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement>, Look {
  /** Work in progress: the button stays focusable (no focus loss) but ignores clicks and says so. */
  busy?: boolean;
  /**
   * Not available right now (votes closed…): stays focusable so its explanation (aria-describedby)
   * can be read, but ignores clicks. Prefer this to `disabled`, which hides the button from the keyboard.
   */
  unavailable?: boolean;
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant,
  size,
  block,
  busy = false,
  unavailable = false,
  icon,
  className,
  children,
  onClick,
  type = 'button',
  ...rest
}: ButtonProps) {
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy || unavailable) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={classes({ variant, size, block }, className)}
      aria-disabled={busy || unavailable || undefined}
      aria-busy={busy || undefined}
      onClick={handleClick}
      {...rest}
    >
      {busy ? <Spinner size={18} decorative /> : icon}
      {children}
    </button>
  );
}

export interface ToggleButtonProps extends Omit<ButtonProps, 'variant'> {
  pressed: boolean;
}

/**
 * An on/off button (`aria-pressed`): its name stays the same in both states ("Vote", "Follow"); the
 * pressed state shows as a filled button with a check, never by colour alone.
 */
export function ToggleButton({ pressed, className, icon, children, ...rest }: ToggleButtonProps) {
  return (
    <Button
      variant="secondary"
      aria-pressed={pressed}
      className={[styles.toggle, className].filter(Boolean).join(' ')}
      icon={
        pressed ? (
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M3 8.5l3.2 3.2L13 4.8"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        ) : (
          icon
        )
      }
      {...rest}
    >
      {children}
    </Button>
  );
}

export type ButtonLinkProps = LinkProps & Look;

/** A link that looks like a button: navigation stays a link for assistive technology. */
export function ButtonLink({ variant, size, block, className, ...rest }: ButtonLinkProps) {
  return <Link className={classes({ variant, size, block }, className)} {...rest} />;
}
