import type { ReactNode } from 'react';

import styles from './EmptyState.module.css';
import { RedChairMark } from './RedChairMark';

interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
  /** Heading level that fits the page outline. */
  level?: 2 | 3;
}

export function EmptyState({ title, children, action, level = 2 }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.empty}>
      <span className={styles.mark}>
        <RedChairMark size={40} />
      </span>
      <Heading>{title}</Heading>
      {children ? <p className={styles.body}>{children}</p> : null}
      {action}
    </div>
  );
}
