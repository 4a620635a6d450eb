import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const PendingInvitationsQuery = graphql(`
  query PendingInvitations($spaceId: ID!) {
    invitations(spaceId: $spaceId) {
      id
      email
      createdAt
      expiresAt
      invitedBy {
        id
        displayName
      }
    }
  }
`);

/** The space's pending invitations, newest first. */
export function useInvitations(spaceId: string) {
  const { data, loading, error, refetch } = useQuery(PendingInvitationsQuery, { variables: { spaceId } });
  return { invitations: data?.invitations, loading: loading && !data, error: data ? undefined : error, refetch };
}
