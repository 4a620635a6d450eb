import { useI18n } from '../i18n/context';
import { formatDate, formatDateTime, formatRelative } from '../i18n/format';
import styles from './RelativeTime.module.css';

interface RelativeTimeProps {
  /** An ISO 8601 instant from the API. */
  iso: string;
  /** Show the date, and the age after it in brackets: "12 March 2026 (3 weeks ago)". */
  dated?: boolean;
  className?: string;
}

/** When something happened, as people say it ("2 days ago"); the exact date and time on hover. */
export function RelativeTime({ iso, dated = false, className }: RelativeTimeProps) {
  const { locale } = useI18n();
  const time = (
    <time className={className} dateTime={iso} title={formatDateTime(iso, locale)}>
      {dated ? formatDate(iso, locale) : formatRelative(iso, locale)}
    </time>
  );
  if (!dated) return time;
  return (
    <>
      {time} <span className={styles.age}>({formatRelative(iso, locale)})</span>
    </>
  );
}
