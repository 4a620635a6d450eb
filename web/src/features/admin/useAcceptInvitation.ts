import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      slug
      viewerIsMember
      memberCount
    }
  }
`);

/** The signed-in person joins the invitation's space; the home page's spaces are refetched. */
export function useAcceptInvitation() {
  const [mutate] = useMutation(AcceptInvitationMutation, { refetchQueries: ['Spaces'] });
  return async (token: string) => (await mutate({ variables: { token } })).data?.acceptInvitation;
}
