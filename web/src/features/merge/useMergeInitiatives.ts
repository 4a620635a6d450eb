import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const MergeInitiativesMutation = graphql(`
  mutation MergeInitiatives($input: MergeInput!) {
    mergeInitiatives(input: $input) {
      id
      voteCount
      followerCount
      viewerHasVoted
      viewerIsFollowing
    }
  }
`);

/** Folds a duplicate into the initiative kept (MANAGER, ADMIN); returns the target with its new counts. */
export function useMergeInitiatives() {
  return useMutation(MergeInitiativesMutation);
}
