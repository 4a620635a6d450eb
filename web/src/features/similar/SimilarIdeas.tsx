import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { acceptsVotes } from '@red-chair/domain';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { StatusBadge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import proposeWords from '../initiatives/proposeWords';
import { useVoteInitiative } from '../initiatives/useVoteInitiative';
import { optimisticVote } from '../initiatives/voteCache';
import styles from './Similar.module.css';
import { useSimilarInitiatives } from './useSimilarInitiatives';

export const SimilarIdeaFragment = graphql(`
  fragment SimilarIdea_initiative on Initiative {
    id
    title
    status
    voteCount
    viewerHasVoted
    viewerIsFollowing
    followerCount
  }
`);

/** One similar idea: what it is, where it stands, and the way to support it rather than repeat it. */
function SimilarIdea(props: { initiative: FragmentType<typeof SimilarIdeaFragment> }) {
  const t = proposeWords.useT();
  const navigate = useNavigate();
  const idea = useFragment(SimilarIdeaFragment, props.initiative);
  const [vote] = useVoteInitiative();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const voteInstead = async () => {
    setBusy(true);
    setFailed(false);
    try {
      if (!idea.viewerHasVoted) {
        await vote({ variables: { initiativeId: idea.id }, optimisticResponse: { voteInitiative: optimisticVote(idea) } });
      }
      navigate(`/i/${idea.id}`);
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  const label = idea.viewerHasVoted ? t('similar.votedOpen') : t('similar.voteInstead');

  return (
    <li className={styles.idea}>
      <div className={styles.ideaText}>
        <Link to={`/i/${idea.id}`} className={styles.ideaTitle}>
          {idea.title}
        </Link>
        <div className={styles.ideaMeta}>
          <StatusBadge status={idea.status} />
          <span>{t('initiative.votes', { count: idea.voteCount })}</span>
        </div>
        {failed ? (
          <p className={styles.failed} role="alert">
            {t('similar.voteFailed')}
          </p>
        ) : null}
      </div>
      {acceptsVotes(idea.status) ? (
        <Button variant="secondary" size="small" busy={busy} aria-label={`${label}: ${idea.title}`} onClick={() => void voteInstead()}>
          {label}
        </Button>
      ) : null}
    </li>
  );
}

/**
 * While a person types a new idea, the ones already there that look like it (`similarInitiatives`):
 * a polite live region says how many, the list offers to vote for one instead of posting a duplicate.
 */
export function SimilarIdeas({ spaceId, title, body }: { spaceId: string; title: string; body: string }) {
  const t = proposeWords.useT();
  const { nodes, text } = useSimilarInitiatives(spaceId, title, body);
  const shown = text ? nodes : [];
  return (
    <section className={shown.length ? styles.panel : undefined} aria-labelledby={shown.length ? 'similar-title' : undefined}>
      <p id="similar-title" className={shown.length ? styles.title : 'rc-visually-hidden'} role="status" aria-live="polite">
        {shown.length ? t('similar.found', { count: shown.length }) : ''}
      </p>
      {shown.length ? (
        <>
          <p className={styles.lead}>{t('similar.lead')}</p>
          <ul className={styles.list}>
            {shown.map((node) => (
              <SimilarIdea key={node.id} initiative={node} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
