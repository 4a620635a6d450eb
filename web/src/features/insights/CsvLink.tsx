import styles from './Insights.module.css';
import insightWords from './words';

/** "Download CSV": the same rows as the dashboard, a plain same-origin link (the session cookie authorises it). */
export function CsvLink({ spaceId }: { spaceId: string | null }) {
  const t = insightWords.useT();
  const href = spaceId ? `/export/initiatives.csv?spaceId=${encodeURIComponent(spaceId)}` : '/export/initiatives.csv';
  return (
    <a className={styles.csv} href={href} download>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path
          d="M8 2v8m0 0 3-3m-3 3L5 7M3 13h10"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {t('export.csv')}
    </a>
  );
}
