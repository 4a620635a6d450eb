import { forwardRef, type ReactNode } from 'react';

import styles from './Alert.module.css';

export type AlertTone = 'error' | 'info' | 'success';

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** `alert` interrupts (errors after an action); `status` waits its turn; none for static notes. */
  live?: 'alert' | 'status';
  tabIndex?: number;
  id?: string;
}

function Icon({ tone }: { tone: AlertTone }) {
  return (
    <svg className={styles.icon} width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
      <circle cx="10" cy="10" r="9" fill="currentColor" />
      {tone === 'success' ? (
        <path d="M6 10.5l2.5 2.5L14 7.5" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      ) : tone === 'info' ? (
        <path d="M10 9v5M10 6v.5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path d="M10 5.5v5.5M10 14v.5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}

export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert({ tone = 'info', title, children, live, tabIndex, id }, ref) {
  return (
    <div ref={ref} className={`${styles.alert} ${styles[tone]}`} role={live} tabIndex={tabIndex} id={id}>
      <Icon tone={tone} />
      <div className={styles.body}>
        {title ? <p className={styles.title}>{title}</p> : null}
        {children}
      </div>
    </div>
  );
});
