import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import { useT } from '../../i18n/context';
import { Prose } from '../../ui/Prose';
import { Spinner } from '../../ui/Spinner';
import styles from './Markdown.module.css';
import { useMarkdownPreview } from './useMarkdownPreview';

type Mode = 'write' | 'preview';
const MODES: readonly Mode[] = ['write', 'preview'];

interface MarkdownTabsProps {
  /** The textarea's id: the tabs' ids derive from it. */
  id: string;
  /** What the field's label says, for the tabs' group name. */
  label: string;
  markdown: string;
  /** The field has an error: back to Write, where it can be fixed. */
  invalid?: boolean;
  size?: 'medium' | 'small';
  /** The Markdown field itself (a TextArea). */
  children: ReactNode;
}

/**
 * Write / Preview over a Markdown field. The preview is the server's rendering (`markdownPreview`), so
 * it shows exactly what will be published. Tabs follow the ARIA pattern: arrows move between them.
 */
export function MarkdownTabs({ id, label, markdown, invalid = false, size = 'medium', children }: MarkdownTabsProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('write');
  const tabs = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  const preview = useMarkdownPreview(markdown, mode === 'preview');

  // A new error sends the person back to Write, where it can be fixed (state adjusted while rendering).
  const [wasInvalid, setWasInvalid] = useState(invalid);
  if (invalid !== wasInvalid) {
    setWasInvalid(invalid);
    if (invalid) setMode('write');
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 'write' : event.key === 'End' ? 'preview' : mode === 'write' ? 'preview' : 'write';
    setMode(next);
    tabs.current[next]?.focus();
  };

  const tabId = (which: Mode) => `${id}-tab-${which}`;
  const panelId = (which: Mode) => `${id}-panel-${which}`;

  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label={t('markdown.tabs', { field: label })} className={styles.tablist}>
        {MODES.map((which) => (
          <button
            key={which}
            ref={(element) => {
              tabs.current[which] = element;
            }}
            type="button"
            role="tab"
            id={tabId(which)}
            aria-selected={mode === which}
            aria-controls={panelId(which)}
            tabIndex={mode === which ? 0 : -1}
            className={styles.tab}
            onClick={() => setMode(which)}
            onKeyDown={onKeyDown}
          >
            {t(`markdown.${which}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId('write')} aria-labelledby={tabId('write')} hidden={mode !== 'write'}>
        {children}
      </div>
      <div
        role="tabpanel"
        id={panelId('preview')}
        aria-labelledby={tabId('preview')}
        hidden={mode !== 'preview'}
        tabIndex={0}
        className={styles.preview}
        aria-busy={preview.loading}
      >
        {mode !== 'preview' ? null : !markdown.trim() ? (
          <p className={styles.quiet}>{t('markdown.nothing')}</p>
        ) : preview.html !== null ? (
          <Prose bodyHtml={preview.html} size={size} />
        ) : preview.error ? (
          <p className={styles.error} role="alert">
            {t('markdown.failed')}
          </p>
        ) : (
          <p className={styles.quiet}>
            <Spinner size={16} decorative /> {t('markdown.loading')}
          </p>
        )}
      </div>
    </div>
  );
}
