import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

export function useRevokeInvitation() {
  const [mutate] = useMutation(RevokeInvitationMutation, { refetchQueries: ['PendingInvitations'], awaitRefetchQueries: true });
  return (id: string) => mutate({ variables: { id } });
}
