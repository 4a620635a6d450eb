import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';

import { useViewer } from '../../app/auth/useViewer';
import { ProblemView } from '../../app/ProblemView';
import { useFragment, type FragmentType } from '../../gql';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import styles from './Admin.module.css';
import { AdminShell } from './AdminShell';
import spacesWords from './spacesWords';
import { AdminSpaceRowFragment, useAdminSpaces } from './useAdminSpaces';

// Admins only, opened by a button.
const CreateSpaceForm = lazy(() => import('./CreateSpaceForm').then(({ CreateSpaceForm }) => ({ default: CreateSpaceForm })));

function SpaceRow({ space: ref }: { space: FragmentType<typeof AdminSpaceRowFragment> }) {
  const t = spacesWords.useT();
  const space = useFragment(AdminSpaceRowFragment, ref);
  return (
    <tr>
      <th scope="row">
        <Link to={`/admin/spaces/${space.slug}`}>{space.name}</Link>
        <div className={styles.muted}>
          <code>{space.slug}</code>
        </div>
      </th>
      <td>
        <Badge tone={space.kind === 'COMMUNITY' ? 'violet' : 'info'}>{t(`admin.spaces.kind.${space.kind}`)}</Badge>
      </td>
      <td>
        <Badge tone={space.access === 'OPEN' ? 'green' : 'amber'}>{t(`admin.spaces.access.${space.access}`)}</Badge>
      </td>
      <td className={styles.nowrap}>{t('admin.spaces.memberCount', { count: space.memberCount })}</td>
      <td className={styles.nowrap}>{t('admin.spaces.slaDays', { count: space.responseSlaDays })}</td>
    </tr>
  );
}

export default function SpacesPage() {
  const t = spacesWords.useT();
  const { viewer } = useViewer();
  const { spaces, loading, error, refetch } = useAdminSpaces();
  const [creating, setCreating] = useState(false);
  const admin = viewer?.role === 'ADMIN';

  return (
    <AdminShell
      title={t('admin.spaces.title')}
      intro={t(admin ? 'admin.spaces.intro' : 'admin.spaces.introManager')}
      managers
      actions={
        admin ? (
          <Button variant={creating ? 'primary' : 'secondary'} aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {t('admin.spaces.create')}
          </Button>
        ) : null
      }
    >
      <Suspense fallback={<LoadingBlock />}>{creating ? <CreateSpaceForm onDone={() => setCreating(false)} /> : null}</Suspense>
      {loading ? (
        <LoadingBlock />
      ) : error || !spaces ? (
        <ProblemView error={error} onRetry={() => void refetch()} />
      ) : spaces.length === 0 ? (
        <EmptyState title={t('admin.spaces.empty')}>{t('admin.spaces.emptyHint')}</EmptyState>
      ) : (
        <Stack gap={2}>
          <p className={styles.scrollHint} aria-hidden="true">
            {t('admin.scrollHint')}
          </p>
          <div className={styles.tableFrame} tabIndex={0} role="region" aria-label={t('admin.spaces.tableLabel')}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.spaces.name')}</th>
                  <th scope="col">{t('admin.spaces.kind')}</th>
                  <th scope="col">{t('admin.spaces.access')}</th>
                  <th scope="col">{t('admin.spaces.members')}</th>
                  <th scope="col">{t('admin.spaces.slaShort')}</th>
                </tr>
              </thead>
              <tbody>
                {spaces.map((space) => (
                  <SpaceRow key={space.id} space={space} />
                ))}
              </tbody>
            </table>
          </div>
        </Stack>
      )}
    </AdminShell>
  );
}
