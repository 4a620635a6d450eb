import { lazy, Suspense, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { ROLES, type Role } from '@red-chair/domain';

import { useViewer } from '../../app/auth/useViewer';
import { toProblem } from '../../app/errors';
import { formProblemText } from '../../app/forms';
import { ProblemView } from '../../app/ProblemView';
import { useFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../i18n/format';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { Select, TextField } from '../../ui/TextField';
import styles from './Admin.module.css';
import { AdminShell } from './AdminShell';
import peopleWords from './peopleWords';
import { AdminPersonFragment, useAdminUsers } from './useAdminUsers';
import { useChangeUserRole } from './useChangeUserRole';
import { useDeactivateUser } from './useDeactivateUser';
import { useDebouncedParam } from './useDebouncedParam';
import { useReactivateUser } from './useReactivateUser';

// Opened by a button: their code loads then, not with the directory.
const CreatePersonForm = lazy(() => import('./CreatePersonForm').then(({ CreatePersonForm }) => ({ default: CreatePersonForm })));
const ImportPeople = lazy(() => import('./ImportPeople').then(({ ImportPeople }) => ({ default: ImportPeople })));

const isRole = (value: string | null): value is Role => value !== null && (ROLES as readonly string[]).includes(value);

type Notice = { tone: 'success' | 'error'; text: string } | null;

interface RowProps {
  person: FragmentType<typeof AdminPersonFragment>;
  selfId: string;
  onNotice: (notice: Notice) => void;
  onDeactivate: (person: { id: string; displayName: string }) => void;
}

function PersonRow({ person: ref, selfId, onNotice, onDeactivate }: RowProps) {
  const { t, locale } = peopleWords.useI18n();
  const person = useFragment(AdminPersonFragment, ref);
  const changeRole = useChangeUserRole();
  const reactivate = useReactivateUser();
  const [busy, setBusy] = useState(false);
  const active = !person.deactivatedAt;
  const self = person.id === selfId;

  const act = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    onNotice(null);
    try {
      await work();
      onNotice({ tone: 'success', text: done });
    } catch (error) {
      onNotice({
        tone: 'error',
        text: t('admin.people.refused', { name: person.displayName, reason: formProblemText(toProblem(error), t) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr>
      <th scope="row">
        <Link to={`/people/${person.id}`}>{person.displayName}</Link>
      </th>
      <td className={styles.email}>{person.email}</td>
      <td>
        <label className="rc-visually-hidden" htmlFor={`role-${person.id}`}>
          {t('admin.people.roleOf', { name: person.displayName })}
        </label>
        <select
          id={`role-${person.id}`}
          className={styles.roleSelect}
          value={person.role}
          disabled={busy}
          onChange={(event) => {
            const role = event.target.value;
            if (isRole(role))
              void act(
                () => changeRole(person.id, role),
                t('admin.people.roleChanged', { name: person.displayName, role: t(`role.${role}`) }),
              );
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        {active ? <Badge tone="green">{t('admin.people.active')}</Badge> : <Badge tone="slate">{t('admin.people.deactivated')}</Badge>}
      </td>
      <td className={styles.nowrap}>
        <time dateTime={person.createdAt}>{formatDate(person.createdAt, locale)}</time>
      </td>
      <td>
        {self ? (
          <span className={styles.muted}>{t('admin.people.you')}</span>
        ) : active ? (
          <Button size="small" variant="secondary" busy={busy} onClick={() => onDeactivate(person)}>
            {t('admin.people.deactivate')}
          </Button>
        ) : (
          <Button
            size="small"
            variant="secondary"
            busy={busy}
            onClick={() => void act(() => reactivate(person.id), t('admin.people.reactivated', { name: person.displayName }))}
          >
            {t('admin.people.reactivate')}
          </Button>
        )}
      </td>
    </tr>
  );
}

export default function PeoplePage() {
  const { t } = peopleWords.useI18n();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const search = useDebouncedParam('q');
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : null;
  const [panel, setPanel] = useState<'create' | 'import' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState<{ id: string; displayName: string } | null>(null);
  const [deactivating, setDeactivating] = useState(false);
  const deactivate = useDeactivateUser();
  const { users, loading, error, refetch, loadMore, loadingMore, listRef } = useAdminUsers(search.value, role, {
    skip: viewer?.role !== 'ADMIN',
  });

  const confirmDeactivation = async () => {
    if (!confirming) return;
    setDeactivating(true);
    try {
      await deactivate(confirming.id);
      setNotice({ tone: 'success', text: t('admin.people.deactivatedNotice', { name: confirming.displayName }) });
    } catch (failure) {
      setNotice({
        tone: 'error',
        text: t('admin.people.refused', { name: confirming.displayName, reason: formProblemText(toProblem(failure), t) }),
      });
    } finally {
      setDeactivating(false);
      setConfirming(null);
    }
  };

  return (
    <AdminShell
      title={t('admin.people.title')}
      intro={t('admin.people.intro')}
      actions={
        <>
          <Button
            variant={panel === 'create' ? 'primary' : 'secondary'}
            aria-expanded={panel === 'create'}
            onClick={() => setPanel(panel === 'create' ? null : 'create')}
          >
            {t('admin.people.create')}
          </Button>
          <Button
            variant={panel === 'import' ? 'primary' : 'secondary'}
            aria-expanded={panel === 'import'}
            onClick={() => setPanel(panel === 'import' ? null : 'import')}
          >
            {t('admin.people.import')}
          </Button>
        </>
      }
    >
      <Suspense fallback={<LoadingBlock />}>
        {panel === 'create' ? <CreatePersonForm onDone={() => setPanel(null)} /> : null}
        {panel === 'import' ? <ImportPeople onDone={() => setPanel(null)} /> : null}
      </Suspense>
      <Stack gap={3}>
        <div role="search" className={styles.filters}>
          <TextField
            id="people-search"
            type="search"
            label={t('admin.people.search')}
            hint={t('admin.people.searchHint')}
            value={search.typed}
            onChange={(event) => search.setTyped(event.target.value)}
          />
          <Select
            id="people-role"
            label={t('admin.people.roleFilter')}
            value={role ?? ''}
            onChange={(event) =>
              setParams(
                (current) => {
                  const next = new URLSearchParams(current);
                  if (event.target.value) next.set('role', event.target.value);
                  else next.delete('role');
                  return next;
                },
                { replace: true },
              )
            }
            options={[{ value: '', label: t('admin.people.allRoles') }, ...ROLES.map((value) => ({ value, label: t(`role.${value}`) }))]}
          />
        </div>
        <div aria-live="polite" aria-atomic="true">
          {notice ? (
            <Alert tone={notice.tone} live={notice.tone === 'error' ? 'alert' : undefined}>
              <p>{notice.text}</p>
            </Alert>
          ) : null}
        </div>
        {loading ? (
          <LoadingBlock />
        ) : error || !users ? (
          <ProblemView error={error} onRetry={() => void refetch()} />
        ) : users.nodes.length === 0 ? (
          <EmptyState title={t('admin.people.empty')}>{t('admin.people.emptyHint')}</EmptyState>
        ) : (
          <Stack gap={2}>
            <p className={styles.count} role="status">
              {t('admin.people.count', { count: users.totalCount })}
            </p>
            <p className={styles.scrollHint} aria-hidden="true">
              {t('admin.scrollHint')}
            </p>
            <div className={styles.tableFrame} tabIndex={0} role="region" aria-label={t('admin.people.tableLabel')}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.people.name')}</th>
                    <th scope="col">{t('field.email')}</th>
                    <th scope="col">{t('admin.people.role')}</th>
                    <th scope="col">{t('admin.people.status')}</th>
                    <th scope="col">{t('admin.people.createdAt')}</th>
                    <th scope="col">{t('admin.people.actions')}</th>
                  </tr>
                </thead>
                <tbody ref={listRef as never}>
                  {users.nodes.map((person) => (
                    <PersonRow
                      key={person.id}
                      person={person}
                      selfId={viewer?.id ?? ''}
                      onNotice={setNotice}
                      onDeactivate={setConfirming}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            {users.pageInfo.hasNextPage ? (
              <div>
                <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore()}>
                  {t('admin.loadMore')}
                </Button>
              </div>
            ) : null}
          </Stack>
        )}
      </Stack>
      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('admin.people.deactivateTitle', { name: confirming?.displayName ?? '' })}
        actions={
          <>
            <Button variant="secondary" autoFocus onClick={() => setConfirming(null)}>
              {t('admin.cancel')}
            </Button>
            <Button variant="danger" busy={deactivating} onClick={() => void confirmDeactivation()}>
              {t('admin.people.deactivate')}
            </Button>
          </>
        }
      >
        <p>{t('admin.people.deactivateBody')}</p>
      </Dialog>
    </AdminShell>
  );
}
