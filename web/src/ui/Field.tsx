import { useId, type ReactNode } from 'react';

import { useT } from '../i18n/context';
import styles from './Field.module.css';

/** What a form control needs to be labelled and described by its field. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  className: string;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** A message a person can act on; sets aria-invalid and is read with the control. */
  error?: string;
  optional?: boolean;
  /** Shown under the control, e.g. a character counter. */
  footer?: ReactNode;
  id?: string;
  children: (control: ControlProps) => ReactNode;
}

export function ErrorIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 4v5M8 11.5v.5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** Label, hint and error around one control, wired with ids so screen readers announce all three. */
export function Field({ label, hint, error, optional, footer, id, children }: FieldProps) {
  const t = useT();
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={controlId}>
        {label}
        {optional ? <span className={styles.optional}> {t('form.optional')}</span> : null}
      </label>
      {hint ? (
        <p className={styles.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={errorId!} message={error} /> : null}
      {children({ id: controlId, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, className: styles.control })}
      {footer}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  const t = useT();
  return (
    <p className={styles.error} id={id}>
      <ErrorIcon />
      <span>
        <span className="rc-visually-hidden">{t('form.errorPrefix')} </span>
        {message}
      </span>
    </p>
  );
}

/** "120 / 140", turning red past the limit; polite so it does not interrupt typing. */
export function CharacterCounter({ length, max }: { length: number; max: number }) {
  const over = length > max;
  return (
    <span className={`${styles.counter} ${over ? styles.counterOver : ''}`} aria-hidden="true">
      {length} / {max}
    </span>
  );
}
