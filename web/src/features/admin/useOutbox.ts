import { useQuery } from '@apollo/client/react';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

const OutboxQuery = graphql(`
  query Outbox($after: String) {
    outbox(first: 50, after: $after) {
      totalCount
      nodes {
        id
        to
        subject
        kind
        state
        attempts
        createdAt
        sentAt
        lastError
        text
        html
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Mail sent or waiting, newest first, 50 at a time. */
export function useOutbox(skip = false) {
  const { data, loading, error, refetch, fetchMore } = useQuery(OutboxQuery, { fetchPolicy: 'cache-and-network', skip });
  const outbox = data?.outbox;
  const paged = usePagedQuery(outbox, fetchMore, 'li summary');
  return { outbox, loading: loading && !outbox, error: outbox ? undefined : error, refetch, ...paged };
}
