import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const UnfollowInitiativeMutation = graphql(`
  mutation UnfollowInitiative($initiativeId: ID!) {
    unfollowInitiative(initiativeId: $initiativeId) {
      id
      followerCount
      viewerIsFollowing
    }
  }
`);

export function useUnfollowInitiative() {
  return useMutation(UnfollowInitiativeMutation);
}
