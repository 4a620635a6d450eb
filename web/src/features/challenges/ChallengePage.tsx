import { useParams } from 'react-router';

import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { useFragment } from '../../gql';
import { formatDateTime } from '../../i18n/format';
import { ButtonLink } from '../../ui/Button';
import { Stack } from '../../ui/Layout';
import { Prose } from '../../ui/Prose';
import { LoadingBlock } from '../../ui/Spinner';
import { InitiativeCard } from '../initiatives/InitiativeCard';
import initiativeStyles from '../initiatives/Initiatives.module.css';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { ChallengeFragment } from './challengeFragment';
import styles from './Challenges.module.css';
import { ChallengeStateBadge } from './ChallengeStateBadge';
import { Countdown } from './Countdown';
import { useChallenge } from './useChallenge';
import { useChallengeInitiatives } from './useChallengeInitiatives';
import challengeWords from './words';

/** `/challenges/:id`: the brief, the state and a countdown, the initiatives answering it, and "Propose an initiative" while open. */
export default function ChallengePage() {
  const { t, locale } = challengeWords.useI18n();
  const { id = '' } = useParams();
  const query = useChallenge(id);
  const answers = useChallengeInitiatives(id);
  const challenge = useFragment(ChallengeFragment, query.data?.challenge);

  if (query.error && !query.data) return <ProblemView error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingBlock />;
  if (!challenge) return <NotFoundContent />;
  const list = answers.data?.initiatives;

  return (
    <Stack as="article" gap={5}>
      <SpaceBreadcrumb space={challenge.space} from="challenges" />
      <header className={styles.header}>
        <div className={styles.headerMain}>
          <ChallengeStateBadge state={challenge.state} />
          <PageHeading>{challenge.title}</PageHeading>
          <p className={styles.dates}>
            {t('challenge.window', {
              opens: formatDateTime(challenge.opensAt, locale),
              closes: formatDateTime(challenge.closesAt, locale),
            })}
          </p>
        </div>
        <div className={styles.headerSide}>
          {challenge.state !== 'CLOSED' ? (
            <Countdown
              target={challenge.state === 'UPCOMING' ? challenge.opensAt : challenge.closesAt}
              kind={challenge.state === 'UPCOMING' ? 'opens' : 'closes'}
              onElapsed={() => void query.refetch()}
            />
          ) : null}
          {challenge.state === 'OPEN' ? (
            <ButtonLink to={`/s/${challenge.space.slug}/propose?challenge=${challenge.id}`}>{t('challenge.propose')}</ButtonLink>
          ) : (
            <p className={styles.notOpen}>{t(`challenge.notOpen.${challenge.state}`)}</p>
          )}
        </div>
      </header>

      <section aria-label={t('launch.field.brief')} className={styles.brief}>
        <Prose bodyHtml={challenge.briefHtml} />
      </section>

      <section aria-labelledby="challenge-answers" className={styles.answers}>
        <h2 id="challenge-answers">
          {t('challenge.answers')}{' '}
          <span className={styles.count}>({t('challenge.initiatives', { count: list?.totalCount ?? challenge.initiativeCount })})</span>
        </h2>
        {answers.error && !list ? (
          <ProblemView error={answers.error} onRetry={() => void answers.refetch()} />
        ) : !list ? (
          <LoadingBlock />
        ) : list.nodes.length === 0 ? (
          <p className={styles.muted}>{t('challenge.noAnswers')}</p>
        ) : (
          <ul className={initiativeStyles.list}>
            {list.nodes.map((node) => (
              <li key={node.id}>
                <InitiativeCard initiative={node} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Stack>
  );
}
