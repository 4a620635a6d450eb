import { useState } from 'react';

import type { OutboxState } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { ProblemView } from '../../app/ProblemView';
import { formatDateTime } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import styles from './Admin.module.css';
import { AdminShell } from './AdminShell';
import outboxWords from './outboxWords';
import { useOutbox } from './useOutbox';

const STATE_TONE: Record<OutboxState, BadgeTone> = { PENDING: 'amber', SENT: 'green', FAILED: 'red', NOT_SENT: 'slate' };

/**
 * The mail's own HTML, in a sandbox (no scripts, no same origin, links open nowhere), built only once
 * opened: a page of fifty messages does not parse fifty documents.
 */
function MailHtml({ html, subject }: { html: string; subject: string }) {
  const { t } = outboxWords.useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('admin.outbox.readHtml')}</summary>
      {open ? <iframe className={styles.mailFrame} sandbox="" srcDoc={html} title={t('admin.outbox.htmlTitle', { subject })} /> : null}
    </details>
  );
}

export default function OutboxPage() {
  const { t, locale } = outboxWords.useI18n();
  const { viewer } = useViewer();
  const { outbox, loading, error, refetch, loadMore, loadingMore, listRef } = useOutbox(viewer?.role !== 'ADMIN');
  const unsent = outbox?.nodes.some((message) => message.state === 'NOT_SENT') ?? false;

  return (
    <AdminShell
      title={t('admin.outbox.title')}
      intro={t('admin.outbox.intro')}
      actions={
        <Button variant="secondary" onClick={() => void refetch()}>
          {t('admin.outbox.refresh')}
        </Button>
      }
    >
      <Alert tone="info" title={unsent ? t('admin.outbox.noSmtpTitle') : undefined}>
        <p>{t('admin.outbox.noSmtp')}</p>
      </Alert>
      {loading ? (
        <LoadingBlock />
      ) : error || !outbox ? (
        <ProblemView error={error} onRetry={() => void refetch()} />
      ) : outbox.nodes.length === 0 ? (
        <EmptyState title={t('admin.outbox.empty')}>{t('admin.outbox.emptyHint')}</EmptyState>
      ) : (
        <Stack gap={3}>
          <p className={styles.count} role="status">
            {t('admin.outbox.count', { count: outbox.totalCount })}
          </p>
          <ol className={styles.list} ref={listRef}>
            {outbox.nodes.map((message) => (
              <li key={message.id} className={styles.item}>
                <div className={styles.itemHead}>
                  <h3>{message.subject}</h3>
                  <Badge tone={STATE_TONE[message.state]} dot>
                    {t(`admin.outbox.state.${message.state}`)}
                  </Badge>
                </div>
                <dl className={styles.meta}>
                  <div>
                    <dt>{t('admin.outbox.to')}</dt>
                    <dd>{message.to}</dd>
                  </div>
                  <div>
                    <dt>{t('admin.outbox.kind')}</dt>
                    <dd>{message.kind}</dd>
                  </div>
                  <div>
                    <dt>{t('admin.outbox.created')}</dt>
                    <dd>
                      <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
                    </dd>
                  </div>
                  {message.sentAt ? (
                    <div>
                      <dt>{t('admin.outbox.sent')}</dt>
                      <dd>
                        <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, locale)}</time>
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('admin.outbox.attempts')}</dt>
                    <dd>{message.attempts}</dd>
                  </div>
                </dl>
                {message.lastError ? (
                  <Alert tone="error" title={t('admin.outbox.lastError')}>
                    <p className={styles.email}>{message.lastError}</p>
                  </Alert>
                ) : null}
                <details>
                  <summary>{t('admin.outbox.readText')}</summary>
                  <pre className={styles.mailText}>{message.text}</pre>
                </details>
                {message.html ? <MailHtml html={message.html} subject={message.subject} /> : null}
              </li>
            ))}
          </ol>
          {outbox.pageInfo.hasNextPage ? (
            <div>
              <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore()}>
                {t('admin.loadMore')}
              </Button>
            </div>
          ) : null}
        </Stack>
      )}
    </AdminShell>
  );
}
