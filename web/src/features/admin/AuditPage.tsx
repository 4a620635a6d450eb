import { Link, useSearchParams } from 'react-router';

import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES, isAuditAction, type AuditTargetType } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { ProblemView } from '../../app/ProblemView';
import { formatDateTime } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { Select } from '../../ui/TextField';
import { ActorPicker, type Actor } from './ActorPicker';
import styles from './Admin.module.css';
import { AdminShell } from './AdminShell';
import { detailLines } from './auditDetails';
import auditWords from './auditWords';
import { useAuditLog } from './useAuditLog';

const isAuditTargetType = (value: string): value is AuditTargetType => (AUDIT_TARGET_TYPES as readonly string[]).includes(value);

/** Where an entry's target can be opened in the app, when it has a page. */
const targetPath = (type: string, id: string | null | undefined): string | null => {
  if (!id) return null;
  if (type === 'USER') return `/people/${id}`;
  if (type === 'INITIATIVE') return `/i/${id}`;
  if (type === 'CHALLENGE') return `/challenges/${id}`;
  return null;
};

export default function AuditPage() {
  const { t, locale } = auditWords.useI18n();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const actionParam = params.get('action');
  const action = actionParam && isAuditAction(actionParam) ? actionParam : null;
  const actorId = params.get('actor');
  const actor: Actor | null = actorId ? { id: actorId, displayName: params.get('actorName') ?? actorId } : null;
  const { log, loading, error, refetch, loadMore, loadingMore, listRef } = useAuditLog(actor?.id ?? null, action, viewer?.role !== 'ADMIN');

  const update = (patch: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <AdminShell title={t('admin.audit.title')} intro={t('admin.audit.intro')}>
      <div role="search" className={styles.filters}>
        <ActorPicker actor={actor} onChange={(chosen) => update({ actor: chosen?.id ?? null, actorName: chosen?.displayName ?? null })} />
        <Select
          id="audit-action"
          label={t('admin.audit.action')}
          value={action ?? ''}
          onChange={(event) => update({ action: event.target.value || null })}
          options={[
            { value: '', label: t('admin.audit.anyAction') },
            ...AUDIT_ACTIONS.map((value) => ({ value, label: t(`admin.audit.action.${value}`) })),
          ]}
        />
      </div>
      {loading ? (
        <LoadingBlock />
      ) : error || !log ? (
        <ProblemView error={error} onRetry={() => void refetch()} />
      ) : log.nodes.length === 0 ? (
        <EmptyState title={t('admin.audit.empty')}>{t('admin.audit.emptyHint')}</EmptyState>
      ) : (
        <Stack gap={3}>
          <p className={styles.count} role="status">
            {t('admin.audit.count', { count: log.totalCount })}
          </p>
          <ol className={styles.list} ref={listRef}>
            {log.nodes.map((entry) => {
              const lines = detailLines(entry.details);
              const path = targetPath(entry.targetType, entry.targetId);
              return (
                <li key={entry.id} className={styles.item}>
                  <div className={styles.itemHead}>
                    <h3 data-entry tabIndex={-1}>
                      {isAuditAction(entry.action) ? t(`admin.audit.action.${entry.action}`) : entry.action}
                    </h3>
                    <time className={styles.muted} dateTime={entry.at}>
                      {formatDateTime(entry.at, locale)}
                    </time>
                  </div>
                  <dl className={styles.meta}>
                    <div>
                      <dt>{t('admin.audit.by')}</dt>
                      <dd>
                        {entry.actor ? <Link to={`/people/${entry.actor.id}`}>{entry.actor.displayName}</Link> : t('admin.audit.system')}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('admin.audit.target')}</dt>
                      <dd>
                        <Badge tone="neutral">
                          {isAuditTargetType(entry.targetType) ? t(`admin.audit.targetType.${entry.targetType}`) : entry.targetType}
                        </Badge>{' '}
                        {path ? <Link to={path}>{entry.targetName ?? t('admin.audit.open')}</Link> : entry.targetName}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('admin.audit.ip')}</dt>
                      <dd>{entry.ip ?? '—'}</dd>
                    </div>
                  </dl>
                  {lines.length ? (
                    <dl className={styles.details} aria-label={t('admin.audit.details')}>
                      {lines.map((line, index) => (
                        <div key={`${line.key}${index}`} style={{ display: 'contents' }}>
                          <dt>{line.key || t('admin.audit.details')}</dt>
                          <dd>{line.value}</dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {log.pageInfo.hasNextPage ? (
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
