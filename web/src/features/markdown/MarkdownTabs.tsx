import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

import { useT } from '../../i18n/context';
import styles from './Markdown.module.css';

// The preview's code (its query, the rendered prose) loads the first time someone opens it.
const MarkdownPreview = lazy(() => import('./MarkdownPreview'));

type Mode = 'write' | 'preview';
const MODES: readonly Mode[] = ['write', 'preview'];

interface MarkdownTabsProps {
  /** The textarea's id: the tabs' ids derive from it. */
  id: string;
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
export function MarkdownTabs({ id, markdown, invalid = false, size = 'medium', children }: MarkdownTabsProps) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('write');
  const tabs = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});

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
      {/* Not named after the field: a tab list called "Description…" would answer to the field's own label. */}
      <div role="tablist" aria-label={t('markdown.tabs')} className={styles.tablist}>
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
      >
        {mode === 'preview' ? (
          <Suspense fallback={<p className={styles.quiet}>{t('markdown.loading')}</p>}>
            <MarkdownPreview markdown={markdown} size={size} />
          </Suspense>
        ) : null}
      </div>
    </div>
  );
}
