import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

export const AdminSpaceSettingsFragment = graphql(`
  fragment AdminSpaceSettings_space on Space {
    id
    slug
    name
    description
    kind
    access
    responseSlaDays
    reviewBelowAverage
    reviewMinRatings
  }
`);

export const AdminMemberFragment = graphql(`
  fragment AdminMember_user on User {
    id
    displayName
    email
    role
    deactivatedAt
  }
`);

const AdminSpaceQuery = graphql(`
  query AdminSpace($slug: String!) {
    space(slug: $slug) {
      id
      name
      memberCount
      ...AdminSpaceSettings_space
      members {
        id
        ...AdminMember_user
      }
    }
  }
`);

/** One space with its settings and members, by slug. */
export function useAdminSpace(slug: string) {
  const { data, loading, error, refetch } = useQuery(AdminSpaceQuery, { variables: { slug } });
  return { space: data?.space, loading: loading && !data, error: data ? undefined : error, refetch };
}
