import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const FollowInitiativeMutation = graphql(`
  mutation FollowInitiative($initiativeId: ID!) {
    followInitiative(initiativeId: $initiativeId) {
      id
      followerCount
      viewerIsFollowing
    }
  }
`);

/** Hear about every answer, comment and award on this initiative. */
export function useFollowInitiative() {
  return useMutation(FollowInitiativeMutation);
}
