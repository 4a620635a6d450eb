import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const InvitationLinkQuery = graphql(`
  query InvitationLink($token: String!) {
    invitation(token: $token) {
      email
      spaceName
      spaceSlug
      spaceKind
      state
      expiresAt
    }
  }
`);

/** What a mailed link is (asked without a session); null for a token that is not one. */
export function useInvitationLink(token: string) {
  const { data, loading, error, refetch } = useQuery(InvitationLinkQuery, { variables: { token }, fetchPolicy: 'network-only' });
  return { link: data?.invitation, loading: loading && !data, error: data ? undefined : error, refetch };
}
