import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const UnvoteInitiativeMutation = graphql(`
  mutation UnvoteInitiative($initiativeId: ID!) {
    unvoteInitiative(initiativeId: $initiativeId) {
      id
      voteCount
      viewerHasVoted
    }
  }
`);

/** Takes the viewer's vote back (they keep following). */
export function useUnvoteInitiative() {
  return useMutation(UnvoteInitiativeMutation);
}
