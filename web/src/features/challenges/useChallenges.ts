import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const ChallengesQuery = graphql(`
  query Challenges($spaceId: ID) {
    challenges(spaceId: $spaceId) {
      id
      title
      state
      ...ChallengeFields
    }
  }
`);

/** The viewer's challenges, open first (in one space, or all). The challenge page asks for its own with `useChallenge`. */
export function useChallenges(spaceId: string | null = null, skip = false) {
  return useQuery(ChallengesQuery, { variables: { spaceId }, skip, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
