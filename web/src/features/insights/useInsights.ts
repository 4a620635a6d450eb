import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const InsightsQuery = graphql(`
  query Insights($spaceId: ID, $from: DateTime, $to: DateTime) {
    insights(spaceId: $spaceId, from: $from, to: $to) {
      medianHoursToFirstResponse
      answeredWithinSlaRatio
      awaitingResponseCount
      awardsGranted
      initiativesByStatus {
        status
        count
      }
      contributorsByRole {
        role
        count
      }
      topInitiatives {
        id
        title
        voteCount
      }
    }
  }
`);

/** MANAGER, ADMIN: the indicators of one space (or all) over a window. */
export function useInsights(spaceId: string | null, from: string | null, to: string | null) {
  return useQuery(InsightsQuery, { variables: { spaceId, from, to }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
