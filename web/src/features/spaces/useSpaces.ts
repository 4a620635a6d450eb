import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const SpacesQuery = graphql(`
  query Spaces {
    spaces {
      id
      ...SpaceCard_space
    }
  }
`);

/** The spaces the viewer may see (the API applies docs/api.md#visibility). */
export function useSpaces() {
  return useQuery(SpacesQuery, { fetchPolicy: 'cache-and-network' });
}
