import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const ProfileQuery = graphql(`
  query Profile($id: ID!) {
    user(id: $id) {
      id
      displayName
      role
      createdAt
      awards {
        id
        citation
        grantedAt
        award {
          id
          name
        }
        initiative {
          id
          title
        }
      }
    }
  }
`);

/** A person's public profile: name, role, the awards their initiatives earned (NOT_FOUND if unknown). */
export function useProfile(id: string) {
  return useQuery(ProfileQuery, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
