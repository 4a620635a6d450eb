import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const InitiativePageQuery = graphql(`
  query InitiativePage($id: ID!) {
    initiative(id: $id) {
      id
      title
      ...InitiativeView_initiative
    }
  }
`);

/** One initiative; NOT_FOUND (or null) when it does not exist or lives in a space the viewer cannot see. */
export function useInitiative(id: string) {
  return useQuery(InitiativePageQuery, { variables: { id }, fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
}
