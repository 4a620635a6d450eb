import { Link, useParams } from 'react-router';

import { toProblem } from '../../app/errors';
import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { formatDate } from '../../i18n/format';
import { rich } from '../../i18n/rich';
import { Badge, StatusBadge } from '../../ui/Badge';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { AwardIcon } from '../awards/AwardIcon';
import awardStyles from '../awards/Awards.module.css';
import styles from './People.module.css';
import { useAuthorInitiatives } from './useAuthorInitiatives';
import { useProfile } from './useProfile';
import peopleWords from './words';

/** `/people/:id`: who they are, their initiatives with where each stands, and the awards they earned. */
export default function ProfilePage() {
  const { t, locale } = peopleWords.useI18n();
  const { id = '' } = useParams();
  const profile = useProfile(id);
  const initiatives = useAuthorInitiatives(id);

  if (profile.error && !profile.data?.user) {
    const code = toProblem(profile.error).code;
    return code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' ? (
      <NotFoundContent />
    ) : (
      <ProblemView error={profile.error} onRetry={() => void profile.refetch()} />
    );
  }
  if (!profile.data) return <LoadingBlock />;
  const person = profile.data.user;
  const list = initiatives.data?.initiatives;

  return (
    <Stack gap={5}>
      <header className={styles.profileHeader}>
        <span className={styles.avatar} aria-hidden="true">
          {person.displayName
            .split(/\s+/)
            .filter(Boolean)
            .slice(0, 2)
            .map((part) => part.charAt(0).toLocaleUpperCase())
            .join('')}
        </span>
        <div>
          <PageHeading>{person.displayName}</PageHeading>
          <p className={styles.facts}>
            <Badge tone={person.role === 'CUSTOMER' ? 'info' : 'neutral'}>{t(`role.${person.role}`)}</Badge>
            {list ? <span>{t('profile.initiativesCount', { count: list.totalCount })}</span> : null}
          </p>
        </div>
      </header>

      <div className={styles.columns}>
        <section aria-labelledby="profile-initiatives" className={styles.panel}>
          <h2 id="profile-initiatives">{t('profile.initiatives')}</h2>
          {initiatives.error && !list ? (
            <ProblemView error={initiatives.error} onRetry={() => void initiatives.refetch()} />
          ) : !list ? (
            <LoadingBlock />
          ) : list.nodes.length === 0 ? (
            <p className={styles.muted}>{t('profile.noInitiatives')}</p>
          ) : (
            <ul className={styles.rows}>
              {list.nodes.map((initiative) => (
                <li key={initiative.id} className={styles.row}>
                  <StatusBadge status={initiative.status} />
                  <div>
                    <Link to={`/i/${initiative.id}`} className={styles.rowTitle}>
                      {initiative.title}
                    </Link>
                    <p className={styles.muted}>
                      <Link to={`/s/${initiative.space.slug}`}>{initiative.space.name}</Link>
                      <span aria-hidden="true"> · </span>
                      <time dateTime={initiative.createdAt}>{formatDate(initiative.createdAt, locale)}</time>
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="profile-awards" className={styles.panel}>
          <h2 id="profile-awards">{t('profile.awards')}</h2>
          {person.awards.length === 0 ? (
            <p className={styles.muted}>{t('profile.noAwards')}</p>
          ) : (
            <ul className={awardStyles.grants}>
              {person.awards.map((grant) => (
                <li key={grant.id} className={awardStyles.grant}>
                  <p className={awardStyles.awardName}>
                    <AwardIcon />
                    {grant.award.name}
                  </p>
                  <p className={awardStyles.meta}>
                    {rich(t, 'profile.awardFor', { initiative: <Link to={`/i/${grant.initiative.id}`}>{grant.initiative.title}</Link> })}
                  </p>
                  <blockquote className={awardStyles.citation}>{grant.citation}</blockquote>
                  <p className={awardStyles.meta}>
                    <time dateTime={grant.grantedAt}>{formatDate(grant.grantedAt, locale)}</time>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Stack>
  );
}
