import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';
import type { CreateUserInput } from '../../gql/graphql';

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...AdminPerson_user
    }
  }
`);

/** Creates an account with any role; the directory's lists are refetched so the person appears in place. */
export function useCreateUser() {
  const [mutate] = useMutation(CreateUserMutation, { refetchQueries: ['AdminUsers'], awaitRefetchQueries: true });
  return async (input: CreateUserInput) => (await mutate({ variables: { input } })).data?.createUser;
}
