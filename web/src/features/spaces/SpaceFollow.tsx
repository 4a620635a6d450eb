import { useId, useState } from 'react';

import { graphql, useFragment, type FragmentType } from '../../gql';
import { useT } from '../../i18n/context';
import { ToggleButton } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import styles from './Spaces.module.css';
import { useFollowSpace } from './useFollowSpace';
import { useUnfollowSpace } from './useUnfollowSpace';

export const SpaceFollowFragment = graphql(`
  fragment SpaceFollow_space on Space {
    id
    viewerIsFollowing
    viewerNotifiesOnNewInitiatives
  }
`);

function BellIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M8 2a4 4 0 0 0-4 4v3l-1.5 2.5h11L12 9V6a4 4 0 0 0-4-4zM6.5 13.5a1.5 1.5 0 0 0 3 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * "Follow this space" (`aria-pressed`) and, while following, the choice to hear about every new
 * initiative too (busy spaces would flood people, so it is off unless asked for).
 */
export function SpaceFollow(props: { space: FragmentType<typeof SpaceFollowFragment> }) {
  const t = useT();
  const space = useFragment(SpaceFollowFragment, props.space);
  const [follow] = useFollowSpace();
  const [unfollow] = useUnfollowSpace();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  const noteId = useId();

  const save = async (following: boolean, everyInitiative: boolean) => {
    if (pending) return;
    setPending(true);
    setFailed(false);
    const predicted = {
      __typename: 'Space' as const,
      id: space.id,
      viewerIsFollowing: following,
      viewerNotifiesOnNewInitiatives: following && everyInitiative,
    };
    try {
      if (following)
        await follow({
          variables: { spaceId: space.id, notifyOnNewInitiatives: everyInitiative },
          optimisticResponse: { followSpace: predicted },
        });
      else await unfollow({ variables: { spaceId: space.id }, optimisticResponse: { unfollowSpace: predicted } });
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  };

  return (
    <div className={styles.follow}>
      <ToggleButton
        pressed={space.viewerIsFollowing}
        icon={<BellIcon />}
        aria-describedby={noteId}
        onClick={() => void save(!space.viewerIsFollowing, false)}
      >
        {t('notify.follow.button')}
      </ToggleButton>
      <p id={noteId} className={styles.followNote}>
        {t(space.viewerIsFollowing ? 'notify.follow.on' : 'notify.follow.off')}
      </p>
      {space.viewerIsFollowing ? (
        <Checkbox
          label={t('notify.follow.everyInitiative')}
          checked={space.viewerNotifiesOnNewInitiatives}
          onChange={(event) => void save(true, event.target.checked)}
        />
      ) : null}
      {failed ? (
        <p role="alert" className={styles.followError}>
          {t('notify.follow.failed')}
        </p>
      ) : null}
    </div>
  );
}
