import type { CSSProperties } from 'react';

import { useT } from '../i18n/context';
import styles from './Spinner.module.css';

interface SpinnerProps {
  size?: number;
  /** Inside a button that already says what is happening: hide it from assistive technology. */
  decorative?: boolean;
  label?: string;
}

export function Spinner({ size = 24, decorative = false, label }: SpinnerProps) {
  const t = useT();
  return (
    <svg
      className={styles.spinner}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={decorative ? undefined : 'img'}
      aria-hidden={decorative || undefined}
      aria-label={decorative ? undefined : (label ?? t('common.loading'))}
    >
      <circle className={styles.track} cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}

/** A whole region waiting for data: a polite status message with a spinner. */
export function LoadingBlock({ label }: { label?: string }) {
  const t = useT();
  const text = label ?? t('common.loading');
  return (
    <div className={styles.center} role="status">
      <Spinner decorative />
      <span>{text}</span>
    </div>
  );
}

export function Skeleton({
  width = '100%',
  height = '1em',
  style,
}: {
  width?: string | number;
  height?: string | number;
  style?: CSSProperties;
}) {
  return <span className={styles.skeleton} style={{ width, height, ...style }} aria-hidden="true" />;
}
