import { useState } from 'react';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { ToggleButton } from '../../ui/Button';
import styles from './Initiatives.module.css';
import initiativePageWords from './pageWords';
import { useFollowInitiative } from './useFollowInitiative';
import { useUnfollowInitiative } from './useUnfollowInitiative';

export const FollowButtonFragment = graphql(`
  fragment FollowButton_initiative on Initiative {
    id
    followerCount
    viewerIsFollowing
  }
`);

function EyeIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path d="M8 3C4 3 1.5 8 1.5 8S4 13 8 13s6.5-5 6.5-5S12 3 8 3z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <circle cx="8" cy="8" r="2" fill="currentColor" />
    </svg>
  );
}

/** "Follow" (`aria-pressed`): hear about every answer and comment. Says in words what pressing it means. */
export function FollowButton(props: { initiative: FragmentType<typeof FollowButtonFragment> }) {
  const t = initiativePageWords.useT();
  const initiative = useFragment(FollowButtonFragment, props.initiative);
  const [follow] = useFollowInitiative();
  const [unfollow] = useUnfollowInitiative();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const following = initiative.viewerIsFollowing;

  const toggle = async () => {
    if (pending) return;
    setPending(true);
    setFailed(false);
    const variables = { initiativeId: initiative.id };
    const predicted = {
      __typename: 'Initiative' as const,
      id: initiative.id,
      viewerIsFollowing: !following,
      followerCount: Math.max(0, initiative.followerCount + (following ? -1 : 1)),
    };
    try {
      if (following) await unfollow({ variables, optimisticResponse: { unfollowInitiative: predicted } });
      else await follow({ variables, optimisticResponse: { followInitiative: predicted } });
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className={styles.follow}>
      <ToggleButton pressed={following} icon={<EyeIcon />} onClick={() => void toggle()}>
        {t('follow.button')}
      </ToggleButton>
      <p className={styles.followNote}>{t(following ? 'follow.on' : 'follow.off')}</p>
      {failed ? (
        <p role="alert" className={styles.voteError}>
          {t('follow.failed')}
        </p>
      ) : null}
    </div>
  );
}
