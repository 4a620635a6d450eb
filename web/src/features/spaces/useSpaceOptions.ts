import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const SpaceOptionsQuery = graphql(`
  query SpaceOptions {
    spaces {
      id
      name
      slug
    }
  }
`);

/** The spaces the viewer may see, for a "Space" select (leaderboard, insights). */
export function useSpaceOptions() {
  return useQuery(SpaceOptionsQuery, { fetchPolicy: 'cache-first' });
}
