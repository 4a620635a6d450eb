import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const ChallengeInitiativesQuery = graphql(`
  query ChallengeInitiatives($challengeId: ID!, $first: Int!) {
    initiatives(filter: { challengeId: $challengeId }, sort: MOST_VOTED, first: $first) {
      totalCount
      nodes {
        id
        ...InitiativeCard_initiative
      }
    }
  }
`);

/** The initiatives answering a challenge, most voted first (the first 50). */
export function useChallengeInitiatives(challengeId: string) {
  return useQuery(ChallengeInitiativesQuery, {
    variables: { challengeId, first: 50 },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
