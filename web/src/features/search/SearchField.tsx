import { useEffect, useRef, useState } from 'react';

import feedWords from '../initiatives/feedWords';
import styles from './Search.module.css';

interface SearchFieldProps {
  /** The search in the URL: the field follows it (back, forward, "clear filters"). */
  value: string;
  maxLength: number;
  /** Called 300 ms after the person stops typing, and at once on Enter; `replace` while refining one search. */
  onSearch: (value: string, options: { replace: boolean }) => void;
}

const DEBOUNCE_MS = 300;

/** The feed's search box: one request once typing pauses, never one per keystroke. */
export function SearchField({ value, maxLength, onSearch }: SearchFieldProps) {
  const t = feedWords.useT();
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sent = useRef(value);

  // The URL moved without the field (history, clear filters): show what it holds.
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setDraft(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (next: string) => {
    clearTimeout(timer.current);
    const trimmed = next.trim();
    if (trimmed === sent.current) return;
    // A new search is a step of the history; refining the one under way replaces it.
    onSearch(trimmed, { replace: sent.current !== '' && trimmed !== '' });
    sent.current = trimmed;
  };

  return (
    <form
      role="search"
      aria-label={t('search.label')}
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        send(draft);
      }}
    >
      <label htmlFor="feed-search" className={styles.searchLabel}>
        {t('search.label')}
      </label>
      <div className={styles.searchBox}>
        <svg className={styles.searchIcon} width="18" height="18" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m13 13 4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id="feed-search"
          type="search"
          className={styles.searchInput}
          value={draft}
          maxLength={maxLength}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          onChange={(event) => {
            const next = event.target.value;
            setDraft(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => send(next), DEBOUNCE_MS);
          }}
        />
      </div>
    </form>
  );
}
