import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** Changes the password; the API ends the person's other sessions and keeps this one. */
export function useChangePassword() {
  const [mutate] = useMutation(ChangePasswordMutation);
  return (currentPassword: string, newPassword: string) => mutate({ variables: { currentPassword, newPassword } });
}
