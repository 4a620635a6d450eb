import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';

import { isManager, type Role } from '@red-chair/domain';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../i18n/format';
import { rich } from '../../i18n/rich';
import { withWords } from '../../i18n/words';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PageSection } from '../../ui/Layout';
import initiativePageWords from '../initiatives/pageWords';
import { AwardIcon } from './AwardIcon';
import styles from './Awards.module.css';

// Managers' dialogs load when first opened: everyone else never downloads them.
// The dialogs bring their words with their chunks.
const toolsWords = () => import('../initiatives/toolsWords');
const GrantAwardDialog = lazy(() => withWords(import('./GrantAwardDialog'), toolsWords));
const RevokeGrantDialog = lazy(() => withWords(import('./RevokeGrantDialog'), toolsWords));

export const InitiativeAwardsFragment = graphql(`
  fragment InitiativeAwards_initiative on Initiative {
    id
    awards {
      id
      citation
      grantedAt
      award {
        id
        name
      }
      grantedBy {
        id
        displayName
      }
    }
  }
`);

interface InitiativeAwardsProps {
  initiative: FragmentType<typeof InitiativeAwardsFragment>;
  viewer: { id: string; role: Role } | null;
}

/**
 * The awards an initiative holds (badge, citation, who granted it), "Grant an award" for managers,
 * and "Revoke" for the granter or an admin. Nothing at all for others when it holds none.
 */
export function InitiativeAwards(props: InitiativeAwardsProps) {
  const { t, locale } = initiativePageWords.useI18n();
  const initiative = useFragment(InitiativeAwardsFragment, props.initiative);
  const { viewer } = props;
  const [granting, setGranting] = useState(false);
  const [granted, setGranted] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const canGrant = !!viewer && isManager(viewer.role);
  if (!initiative.awards.length && !canGrant) return null;

  return (
    <PageSection aria-labelledby="awards-heading">
      <div className={styles.sectionHead}>
        <h2 id="awards-heading">{t('awards.heading')}</h2>
        {canGrant ? (
          <Button variant="secondary" size="small" icon={<AwardIcon />} onClick={() => setGranting(true)}>
            {t('grant.open')}
          </Button>
        ) : null}
      </div>
      {granted !== null ? (
        <Alert tone="success" live="status">
          <p>{t('grant.done', { award: granted })}</p>
        </Alert>
      ) : null}
      {initiative.awards.length ? (
        <ul className={styles.grants}>
          {initiative.awards.map((grant) => (
            <li key={grant.id} className={styles.grant}>
              <p className={styles.awardName}>
                <AwardIcon />
                {grant.award.name}
              </p>
              <blockquote className={styles.citation}>{grant.citation}</blockquote>
              <p className={styles.meta}>
                {rich(
                  t,
                  'awards.grantedBy',
                  { name: <Link to={`/people/${grant.grantedBy.id}`}>{grant.grantedBy.displayName}</Link> },
                  { date: formatDate(grant.grantedAt, locale) },
                )}
              </p>
              {viewer && (viewer.id === grant.grantedBy.id || viewer.role === 'ADMIN') ? (
                <Button variant="ghost" size="small" onClick={() => setRevoking({ id: grant.id, name: grant.award.name })}>
                  {t('revoke.open')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.none}>{t('awards.none')}</p>
      )}
      <Suspense fallback={null}>
        {canGrant && granting ? (
          <GrantAwardDialog
            initiativeId={initiative.id}
            open
            onClose={() => setGranting(false)}
            onGranted={(name) => {
              setGranting(false);
              setGranted(name);
            }}
          />
        ) : null}
        {revoking ? <RevokeGrantDialog grantId={revoking.id} awardName={revoking.name} open onClose={() => setRevoking(null)} /> : null}
      </Suspense>
    </PageSection>
  );
}
