import { useT } from '../../i18n/context';
import { Prose } from '../../ui/Prose';
import { Spinner } from '../../ui/Spinner';
import styles from './Markdown.module.css';
import { useMarkdownPreview } from './useMarkdownPreview';

/** The draft as the server renders it; loaded the first time someone opens Preview. */
export default function MarkdownPreview({ markdown, size }: { markdown: string; size: 'medium' | 'small' }) {
  const t = useT();
  const preview = useMarkdownPreview(markdown, true);
  if (!markdown.trim()) return <p className={styles.quiet}>{t('markdown.nothing')}</p>;
  if (preview.html !== null) return <Prose bodyHtml={preview.html} size={size} />;
  if (preview.error)
    return (
      <p className={styles.error} role="alert">
        {t('markdown.failed')}
      </p>
    );
  return (
    <p className={styles.quiet}>
      <Spinner size={16} decorative /> {t('markdown.loading')}
    </p>
  );
}
