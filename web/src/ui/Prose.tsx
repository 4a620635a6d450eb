import styles from './Prose.module.css';

interface ProseProps {
  /**
   * A `bodyHtml` field from the API: Markdown rendered on the server and sanitised with an allow-list
   * (no scripts, no styles, no relative links). Never pass anything else here.
   */
  bodyHtml: string;
  className?: string;
  size?: 'medium' | 'small';
}

/** Rendered Markdown (initiatives, comments). The only place the app injects HTML. */
export function Prose({ bodyHtml, className, size = 'medium' }: ProseProps) {
  return (
    <div
      className={[styles.prose, size === 'small' && styles.small, className].filter(Boolean).join(' ')}
      // Safe by contract: bodyHtml is sanitised by the API (docs/api.md#initiatives-and-their-life, api/src/markdown).
      dangerouslySetInnerHTML={{ __html: bodyHtml }}
    />
  );
}
