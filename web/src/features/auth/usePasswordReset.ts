import { useApolloClient, useMutation } from '@apollo/client/react';

import { replaceSession } from '../../app/auth/session';
import { graphql } from '../../gql';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      user {
        id
        ...Viewer_user
      }
    }
  }
`);

/** Asks for a mailed link; the API answers the same whether the account exists or not. */
export function useRequestPasswordReset() {
  const [mutate] = useMutation(RequestPasswordResetMutation);
  return async (email: string) => {
    await mutate({ variables: { email } });
  };
}

/** Sets the new password from the mailed link; the API signs the person in, with a fresh cache. */
export function useResetPassword() {
  const client = useApolloClient();
  const [mutate] = useMutation(ResetPasswordMutation);
  return async (token: string, password: string) => {
    const { data } = await mutate({ variables: { token, password } });
    if (data) replaceSession(client, data.resetPassword.user);
  };
}
