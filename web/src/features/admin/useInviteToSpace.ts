import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const InviteToSpaceMutation = graphql(`
  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {
    inviteToSpace(spaceId: $spaceId, emails: $emails) {
      id
      email
      expiresAt
    }
  }
`);

/** Mails each address a link; all or nothing (the API names the addresses it refuses). */
export function useInviteToSpace() {
  const [mutate] = useMutation(InviteToSpaceMutation, { refetchQueries: ['PendingInvitations'], awaitRefetchQueries: true });
  return async (spaceId: string, emails: string[]) => (await mutate({ variables: { spaceId, emails } })).data?.inviteToSpace ?? [];
}
