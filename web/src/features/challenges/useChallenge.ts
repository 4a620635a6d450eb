import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const ChallengeQuery = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      id
      ...ChallengeFields
    }
  }
`);

/** One challenge for its page: `null` when there is none; NOT_FOUND (shown as the not-found page) when its space is hidden. */
export function useChallenge(id: string) {
  return useQuery(ChallengeQuery, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
