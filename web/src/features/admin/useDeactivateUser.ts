import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      ...AdminPerson_user
    }
  }
`);

/** Blocks sign-in; the API ends every session of the person at once. */
export function useDeactivateUser() {
  const [mutate] = useMutation(DeactivateUserMutation);
  return (id: string) => mutate({ variables: { id } });
}
