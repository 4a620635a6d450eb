import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const UnfollowSpaceMutation = graphql(`
  mutation UnfollowSpace($spaceId: ID!) {
    unfollowSpace(spaceId: $spaceId) {
      id
      viewerIsFollowing
      viewerNotifiesOnNewInitiatives
    }
  }
`);

/** Stop hearing about the space; voting or commenting in it later does not follow it again. */
export function useUnfollowSpace() {
  return useMutation(UnfollowSpaceMutation);
}
