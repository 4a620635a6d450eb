import { useMutation } from '@apollo/client/react';

import type { Role } from '@red-chair/domain';

import { graphql } from '../../gql';

const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($id: ID!, $role: Role!) {
    changeUserRole(id: $id, role: $role) {
      id
      ...AdminPerson_user
    }
  }
`);

/** Gives another role; the API refuses to demote the last active admin (BAD_USER_INPUT). */
export function useChangeUserRole() {
  const [mutate] = useMutation(ChangeUserRoleMutation, { refetchQueries: ['AdminUsers'] });
  return (id: string, role: Role) => mutate({ variables: { id, role } });
}
