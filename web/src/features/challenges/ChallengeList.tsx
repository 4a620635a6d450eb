import { Link } from 'react-router';

import { useFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../i18n/format';
import { ChallengeFragment } from './challengeFragment';
import styles from './Challenges.module.css';
import { ChallengeStateBadge } from './ChallengeStateBadge';
import { Countdown } from './Countdown';
import challengeWords from './words';

type ChallengeRef = FragmentType<typeof ChallengeFragment> & { id: string };
type HeadingLevel = 2 | 3;

function ChallengeCard({
  challenge: ref,
  showSpace,
  headingLevel,
}: {
  challenge: ChallengeRef;
  showSpace: boolean;
  headingLevel: HeadingLevel;
}) {
  const { t, locale } = challengeWords.useI18n();
  const challenge = useFragment(ChallengeFragment, ref);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className={styles.card}>
      <div className={styles.cardTop}>
        <ChallengeStateBadge state={challenge.state} />
        {showSpace ? <span className={styles.space}>{challenge.space.name}</span> : null}
      </div>
      <Heading className={styles.cardTitle}>
        <Link to={`/challenges/${challenge.id}`}>{challenge.title}</Link>
      </Heading>
      <p className={styles.dates}>
        {t('challenge.window', { opens: formatDate(challenge.opensAt, locale), closes: formatDate(challenge.closesAt, locale) })}
      </p>
      <div className={styles.cardBottom}>
        {challenge.state === 'CLOSED' ? (
          <span className={styles.dates}>{t('challenge.closedOn', { date: formatDate(challenge.closesAt, locale) })}</span>
        ) : (
          <Countdown
            target={challenge.state === 'UPCOMING' ? challenge.opensAt : challenge.closesAt}
            kind={challenge.state === 'UPCOMING' ? 'opens' : 'closes'}
          />
        )}
        <span className={styles.count}>{t('challenge.initiatives', { count: challenge.initiativeCount })}</span>
      </div>
    </li>
  );
}

/** Challenges as cards: state, title (a link to its page), space, dates, countdown, how many answered. */
export function ChallengeList({
  challenges,
  showSpace = true,
  headingLevel = 2,
}: {
  challenges: readonly ChallengeRef[];
  showSpace?: boolean;
  headingLevel?: HeadingLevel;
}) {
  return (
    <ul className={styles.list}>
      {challenges.map((challenge) => (
        <ChallengeCard key={challenge.id} challenge={challenge} showSpace={showSpace} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
