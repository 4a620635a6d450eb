import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { NotFoundContent } from '../../app/NotFoundPage';
import { PageHeading } from '../../app/PageHeading';
import { ProblemView } from '../../app/ProblemView';
import { LoadingBlock } from '../../ui/Spinner';
import { Select } from '../../ui/TextField';
import { useChallenges } from '../challenges/useChallenges';
import { SimilarIdeas } from '../similar/SimilarIdeas';
import { SpaceBreadcrumb } from '../spaces/SpaceBreadcrumb';
import { useSpace } from '../spaces/useSpace';
import { InitiativeForm } from './InitiativeForm';
import styles from './Initiatives.module.css';
import proposeWords from './proposeWords';
import { useProposeInitiative } from './useProposeInitiative';

/** `/s/:slug/propose`: title, description (Markdown), who it serves, tags; then its page. */
export default function ProposePage() {
  const t = proposeWords.useT();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const space = useSpace(slug);
  const [propose, { loading }] = useProposeInitiative();
  const [params] = useSearchParams();
  const spaceId = space.data?.space?.id ?? null;
  const challenges = useChallenges(spaceId, !spaceId);
  const open = challenges.data?.challenges.filter((challenge) => challenge.state === 'OPEN') ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  // Preselected from `?challenge=` (the challenge page's "Propose an initiative") once the open ones are known.
  const challengeId = picked ?? (open.some((challenge) => challenge.id === params.get('challenge')) ? params.get('challenge')! : '');

  if (space.error && !space.data) return <ProblemView error={space.error} onRetry={() => void space.refetch()} />;
  if (!space.data) return <LoadingBlock />;
  const target = space.data.space;
  if (!target) return <NotFoundContent />;

  return (
    <div className={styles.proposePage}>
      <SpaceBreadcrumb space={target} />
      <header className={styles.proposeHeader}>
        <PageHeading documentTitle={t('propose.documentTitle', { space: target.name })}>{t('propose.title')}</PageHeading>
        <p className={styles.lead}>{t('propose.intro', { space: target.name })}</p>
      </header>

      <div className={styles.proposeGrid}>
        <InitiativeForm
          idPrefix="propose"
          initial={{ title: '', body: '', orientation: 'CUSTOMER', tags: '' }}
          submitLabel={t('propose.submit')}
          failedTitle={t('propose.failedTitle')}
          cancelTo={`/s/${target.slug}`}
          busy={loading}
          afterTitle={({ title, body }) => <SimilarIdeas spaceId={target.id} title={title} body={body} />}
          extra={
            open.length ? (
              <Select
                id="propose-challenge"
                label={t('propose.challenge')}
                hint={t('propose.challenge.hint')}
                optional
                value={challengeId}
                onChange={(event) => setPicked(event.target.value)}
                options={[
                  { value: '', label: t('propose.challenge.none') },
                  ...open.map((challenge) => ({ value: challenge.id, label: challenge.title })),
                ]}
              />
            ) : null
          }
          onSubmit={async (input) => {
            const { data } = await propose({
              variables: { input: { spaceId: target.id, ...input, ...(challengeId ? { challengeId } : {}) } },
            });
            if (data) navigate(`/i/${data.proposeInitiative.id}`);
          }}
        />
        <aside className={styles.tips} aria-labelledby="propose-tips">
          <h2 id="propose-tips">{t('propose.tips.title')}</h2>
          <ul>
            <li>{t('propose.tips.who')}</li>
            <li>{t('propose.tips.today')}</li>
            <li>{t('propose.tips.measure')}</li>
          </ul>
        </aside>
      </div>
    </div>
  );
}
