import { useApolloClient, useMutation } from '@apollo/client/react';

import { replaceSession } from '../../app/auth/session';
import { graphql } from '../../gql';
import type { SignUpInput } from '../../gql/graphql';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        ...Viewer_user
      }
    }
  }
`);

/** Creates a community (CUSTOMER) account and signs it in. */
export function useSignUp() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignUpMutation);
  const signUp = async (input: SignUpInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return;
    replaceSession(client, data.signUp.user); // nothing from an earlier session survives
  };
  return { signUp, loading };
}
