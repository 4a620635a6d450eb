import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      id
      ...AdminPerson_user
    }
  }
`);

export function useReactivateUser() {
  const [mutate] = useMutation(ReactivateUserMutation);
  return (id: string) => mutate({ variables: { id } });
}
