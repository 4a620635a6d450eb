import type { UnvoteInitiativeMutation, VoteInitiativeMutation } from '../../gql/graphql';

/** Optimistic answers carry their type so the cache can find the initiative they update. */
type Typed<T> = T & { __typename: 'Initiative' };

/** What the vote button knows about an initiative before the server answers. */
export interface VoteState {
  id: string;
  voteCount: number;
  viewerHasVoted: boolean;
  viewerIsFollowing: boolean;
  followerCount: number;
}

/**
 * The server's answer to `voteInitiative`, predicted: one more vote unless already counted, and the
 * voter now follows (docs/api.md#initiatives-and-their-life: voters follow automatically).
 */
export function optimisticVote(state: VoteState): Typed<VoteInitiativeMutation['voteInitiative']> {
  return {
    __typename: 'Initiative',
    id: state.id,
    voteCount: state.viewerHasVoted ? state.voteCount : state.voteCount + 1,
    viewerHasVoted: true,
    viewerIsFollowing: true,
    followerCount: state.viewerIsFollowing ? state.followerCount : state.followerCount + 1,
  };
}

/** `unvoteInitiative`, predicted: one vote fewer if there was one; following stays as it was. */
export function optimisticUnvote(state: VoteState): Typed<UnvoteInitiativeMutation['unvoteInitiative']> {
  return {
    __typename: 'Initiative',
    id: state.id,
    voteCount: state.viewerHasVoted ? Math.max(0, state.voteCount - 1) : state.voteCount,
    viewerHasVoted: false,
  };
}
