import { ChallengeList } from './ChallengeList';
import styles from './Challenges.module.css';
import { useChallenges } from './useChallenges';
import challengeWords from './words';

/** On a space's page: its open and upcoming challenges (nothing when there are none). */
export function SpaceChallenges({ spaceId }: { spaceId: string }) {
  const t = challengeWords.useT();
  const { data } = useChallenges(spaceId);
  const live = data?.challenges.filter((challenge) => challenge.state !== 'CLOSED') ?? [];
  if (!live.length) return null;
  return (
    <section aria-labelledby="space-challenges" className={styles.spaceSection}>
      <h2 id="space-challenges">{t('challenges.inSpace')}</h2>
      <ChallengeList challenges={live} showSpace={false} headingLevel={3} />
    </section>
  );
}
