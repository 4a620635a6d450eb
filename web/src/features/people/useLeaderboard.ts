import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const LeaderboardQuery = graphql(`
  query Leaderboard($spaceId: ID, $from: DateTime, $to: DateTime, $first: Int!) {
    leaderboard(spaceId: $spaceId, from: $from, to: $to, first: $first) {
      implementedCount
      awardCount
      votesReceived
      user {
        id
        displayName
      }
    }
  }
`);

/** Recognition per space (or all) and period: implemented initiatives, awards, votes received. */
export function useLeaderboard(spaceId: string | null, from: string | null, to: string | null) {
  return useQuery(LeaderboardQuery, { variables: { spaceId, from, to, first: 20 } });
}
