import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const LaunchChallengeMutation = graphql(`
  mutation LaunchChallenge($input: LaunchChallengeInput!) {
    launchChallenge(input: $input) {
      id
      ...ChallengeFields
    }
  }
`);

/** Launches a challenge; every cached challenge list reloads to include it. */
export function useLaunchChallenge() {
  return useMutation(LaunchChallengeMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'challenges' });
    },
  });
}
