import { useQuery } from '@apollo/client/react';

import { usePagedQuery } from '../../app/usePagedQuery';
import { graphql } from '../../gql';

const AuditLogQuery = graphql(`
  query AuditLog($actorId: ID, $action: String, $after: String) {
    auditLog(actorId: $actorId, action: $action, first: 50, after: $after) {
      totalCount
      nodes {
        id
        action
        targetType
        targetId
        targetName
        details
        at
        ip
        actor {
          id
          displayName
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** Administrative actions, newest first, by actor and action, 50 at a time. */
export function useAuditLog(actorId: string | null, action: string | null, skip = false) {
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, { variables: { actorId, action }, skip });
  const log = (data ?? previousData)?.auditLog;
  const paged = usePagedQuery(log, fetchMore, 'li [data-entry]');
  return { log, loading: loading && !log, error: log ? undefined : error, refetch, ...paged };
}
