import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const VoteInitiativeMutation = graphql(`
  mutation VoteInitiative($initiativeId: ID!) {
    voteInitiative(initiativeId: $initiativeId) {
      id
      voteCount
      viewerHasVoted
      viewerIsFollowing
      followerCount
    }
  }
`);

/** One vote per person; the answer updates the initiative wherever it is shown (normalised cache). */
export function useVoteInitiative() {
  return useMutation(VoteInitiativeMutation);
}
