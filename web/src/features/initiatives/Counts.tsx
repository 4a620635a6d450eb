import { useT } from '../../i18n/context';
import styles from './Initiatives.module.css';

/** Votes (unless a vote button shows them), comments, and followers on the initiative page: each with its word. */
export function Counts({ votes, comments, followers }: { votes?: number; comments: number; followers?: number }) {
  const t = useT();
  return (
    <ul className={styles.counts}>
      {votes !== undefined ? (
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 2l2.2 4.2 4.6.7-3.4 3.2.8 4.6L8 12.5l-4.2 2.2.8-4.6L1.2 6.9l4.6-.7z" fill="currentColor" />
          </svg>
          {t('initiative.votes', { count: votes })}
        </li>
      ) : null}
      <li>
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 3h12v8H7l-3 3v-3H2z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
        {t('initiative.comments', { count: comments })}
      </li>
      {followers !== undefined ? (
        <li>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M8 3C4 3 1.5 8 1.5 8S4 13 8 13s6.5-5 6.5-5S12 3 8 3z" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <circle cx="8" cy="8" r="2" fill="currentColor" />
          </svg>
          {t('initiative.followers', { count: followers })}
        </li>
      ) : null}
    </ul>
  );
}
