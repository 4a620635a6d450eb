import { useId, useState } from 'react';

import { acceptsVotes } from '@red-chair/domain';

import { toProblem } from '../../app/errors';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { useT } from '../../i18n/context';
import { ToggleButton } from '../../ui/Button';
import styles from './Initiatives.module.css';
import { useUnvoteInitiative } from './useUnvoteInitiative';
import { useVoteInitiative } from './useVoteInitiative';
import { optimisticUnvote, optimisticVote } from './voteCache';

export const VoteButtonFragment = graphql(`
  fragment VoteButton_initiative on Initiative {
    id
    status
    voteCount
    viewerHasVoted
    viewerIsFollowing
    followerCount
  }
`);

function StarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M8 1.8l1.9 3.9 4.3.6-3.1 3 .7 4.3L8 11.6l-3.8 2 .7-4.3-3.1-3 4.3-.6z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

interface VoteButtonProps {
  initiative: FragmentType<typeof VoteButtonFragment>;
  /** `card`: compact, in a feed; `page`: with the reason when votes are closed. */
  variant?: 'page' | 'card';
}

/**
 * "Vote", pressed when the viewer has voted (`aria-pressed`), with the count beside it. The count and
 * the pressed state change at once (optimistic); a refusal puts them back and says why.
 * Declined and merged initiatives take no votes (`acceptsVotes`): the button stays, unavailable, explained.
 */
export function VoteButton({ initiative: ref, variant = 'page' }: VoteButtonProps) {
  const t = useT();
  const initiative = useFragment(VoteButtonFragment, ref);
  const [vote] = useVoteInitiative();
  const [unvote] = useUnvoteInitiative();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<'closed' | 'failed' | null>(null);
  const reasonId = useId();
  const open = acceptsVotes(initiative.status);
  const count = <span className={styles.voteCount}>{t('initiative.votes', { count: initiative.voteCount })}</span>;

  if (!open && variant === 'card') return count;

  const toggle = async () => {
    if (pending) return; // one request at a time: the optimistic state already shows the outcome
    setPending(true);
    setFailure(null);
    const variables = { initiativeId: initiative.id };
    try {
      if (initiative.viewerHasVoted) await unvote({ variables, optimisticResponse: { unvoteInitiative: optimisticUnvote(initiative) } });
      else await vote({ variables, optimisticResponse: { voteInitiative: optimisticVote(initiative) } });
    } catch (error) {
      setFailure(toProblem(error).code === 'BAD_USER_INPUT' ? 'closed' : 'failed');
    } finally {
      setPending(false);
    }
  };

  const reason = !open ? t(initiative.status === 'MERGED' ? 'vote.closed.MERGED' : 'vote.closed.DECLINED') : null;
  return (
    <div className={variant === 'card' ? styles.voteCard : styles.vote}>
      <div className={styles.voteRow}>
        <ToggleButton
          pressed={initiative.viewerHasVoted}
          unavailable={!open}
          size={variant === 'card' ? 'small' : 'medium'}
          icon={<StarIcon />}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => void toggle()}
        >
          {t('vote.button')}
        </ToggleButton>
        {count}
      </div>
      {reason ? (
        <p id={reasonId} className={styles.voteNote}>
          {reason}
        </p>
      ) : null}
      {failure ? (
        <p role="alert" className={styles.voteError}>
          {t(failure === 'closed' ? 'vote.refused' : 'vote.failed')}
        </p>
      ) : null}
    </div>
  );
}
