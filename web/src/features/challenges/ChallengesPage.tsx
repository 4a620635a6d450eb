import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { EmptyState } from '../../ui/EmptyState';
import { Stack } from '../../ui/Layout';
import { LoadingBlock } from '../../ui/Spinner';
import { ChallengeList } from './ChallengeList';
import styles from './Challenges.module.css';
import { useChallenges } from './useChallenges';
import challengeWords from './words';

/** `/challenges`: every challenge in the spaces the viewer sees, open first. */
export default function ChallengesPage() {
  const t = challengeWords.useT();
  const { data, error, refetch } = useChallenges();
  return (
    <Stack gap={5}>
      <header>
        <PageHeading>{t('challenges.title')}</PageHeading>
        <p className={styles.lead}>{t('challenges.intro')}</p>
      </header>
      {error && !data ? (
        <ProblemView error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingBlock />
      ) : data.challenges.length === 0 ? (
        <EmptyState title={t('challenges.empty.title')}>{t('challenges.empty.body')}</EmptyState>
      ) : (
        <ChallengeList challenges={data.challenges} />
      )}
    </Stack>
  );
}
