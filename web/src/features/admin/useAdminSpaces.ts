import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

export const AdminSpaceRowFragment = graphql(`
  fragment AdminSpaceRow_space on Space {
    id
    slug
    name
    kind
    access
    memberCount
    responseSlaDays
  }
`);

const AdminSpacesQuery = graphql(`
  query AdminSpaces {
    spaces {
      id
      ...AdminSpaceRow_space
    }
  }
`);

/** Every space (managers and admins see them all). */
export function useAdminSpaces() {
  const { data, loading, error, refetch } = useQuery(AdminSpacesQuery);
  return { spaces: data?.spaces, loading: loading && !data, error: data ? undefined : error, refetch };
}
