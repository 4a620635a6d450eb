import type { ReactNode } from 'react';
import { Link } from 'react-router';

import type { InitiativeStatus } from '@red-chair/domain';

import { useT } from '../i18n/context';
import type { MessageKey } from '../i18n/translate';
import styles from './Badge.module.css';

export type BadgeTone = 'neutral' | 'red' | 'info' | 'violet' | 'amber' | 'green' | 'slate' | 'outline';

export function Badge({ tone = 'neutral', dot = false, children }: { tone?: BadgeTone; dot?: boolean; children: ReactNode }) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`}>
      {dot ? <span className={styles.dot} aria-hidden="true" /> : null}
      {children}
    </span>
  );
}

const STATUS_TONE: Record<InitiativeStatus, BadgeTone> = {
  SUBMITTED: 'neutral',
  UNDER_REVIEW: 'info',
  SELECTED: 'violet',
  IN_PROGRESS: 'amber',
  IMPLEMENTED: 'green',
  DECLINED: 'red',
  MERGED: 'slate',
};

export const statusLabelKey = (status: InitiativeStatus): MessageKey => `status.${status}`;

/** The life of an initiative at a glance; the label is translated, the colour is never the only cue. */
export function StatusBadge({ status }: { status: InitiativeStatus }) {
  const t = useT();
  return (
    <Badge tone={STATUS_TONE[status]} dot>
      {t(statusLabelKey(status))}
    </Badge>
  );
}

export function Tag({ children, invalid = false }: { children: ReactNode; invalid?: boolean }) {
  return <span className={`${styles.tag} ${invalid ? styles.invalid : ''}`}>{children}</span>;
}

interface TagListProps {
  tags: readonly string[];
  label?: string;
  /** Where a tag leads (the feed filtered by it); without it tags are plain text. */
  hrefFor?: (tag: string) => string;
  /** The accessible name of a tag link, e.g. "Show initiatives tagged …". */
  linkLabel?: (tag: string) => string;
}

export function TagList({ tags, label, hrefFor, linkLabel }: TagListProps) {
  if (!tags.length) return null;
  return (
    <ul className={styles.tagList} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          {hrefFor ? (
            <Link to={hrefFor(tag)} className={styles.tagLink} aria-label={linkLabel?.(tag)}>
              <Tag>#{tag}</Tag>
            </Link>
          ) : (
            <Tag>#{tag}</Tag>
          )}
        </li>
      ))}
    </ul>
  );
}
