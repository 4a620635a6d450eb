import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const SpaceBySlugQuery = graphql(`
  query SpaceBySlug($slug: String!) {
    space(slug: $slug) {
      id
      slug
      name
      kind
      responseSlaDays
      ...SpaceHeader_space
    }
  }
`);

/** One space by its slug (feed, propose form); NOT_FOUND when it does not exist or is hidden. */
export function useSpace(slug: string) {
  return useQuery(SpaceBySlugQuery, { variables: { slug } });
}
