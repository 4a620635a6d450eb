import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const EditInitiativePageQuery = graphql(`
  query EditInitiativePage($id: ID!) {
    initiative(id: $id) {
      id
      title
      body
      orientation
      tags
      status
      author {
        id
      }
      space {
        id
        slug
        name
      }
    }
  }
`);

/** The initiative as its author wrote it (Markdown source), to edit it. Always fresh from the server. */
export function useInitiativeForEdit(id: string) {
  return useQuery(EditInitiativePageQuery, { variables: { id }, fetchPolicy: 'network-only' });
}
