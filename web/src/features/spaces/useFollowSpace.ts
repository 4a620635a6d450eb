import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const FollowSpaceMutation = graphql(`
  mutation FollowSpace($spaceId: ID!, $notifyOnNewInitiatives: Boolean) {
    followSpace(spaceId: $spaceId, notifyOnNewInitiatives: $notifyOnNewInitiatives) {
      id
      viewerIsFollowing
      viewerNotifiesOnNewInitiatives
    }
  }
`);

/** Hear about the space's challenges, and with `notifyOnNewInitiatives` about every new initiative. */
export function useFollowSpace() {
  return useMutation(FollowSpaceMutation);
}
