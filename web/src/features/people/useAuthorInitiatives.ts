import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const AuthorInitiativesQuery = graphql(`
  query AuthorInitiatives($authorId: ID!, $first: Int!) {
    initiatives(filter: { authorId: $authorId }, sort: NEWEST, first: $first) {
      totalCount
      nodes {
        id
        title
        status
        createdAt
        space {
          id
          name
          slug
        }
      }
    }
  }
`);

/** The person's initiatives the viewer may see, newest first (the first 50). */
export function useAuthorInitiatives(authorId: string) {
  return useQuery(AuthorInitiativesQuery, {
    variables: { authorId, first: 50 },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
