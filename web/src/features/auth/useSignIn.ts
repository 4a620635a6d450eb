import { useApolloClient, useMutation } from '@apollo/client/react';
import { replaceSession } from '../../app/auth/session';
import { graphql } from '../../gql';
import type { SignInInput } from '../../gql/graphql';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        ...Viewer_user
      }
    }
  }
`);

/** Signs in with the session cookie (the token in the answer is not kept) and starts a fresh cache. */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignInMutation);
  const signIn = async (input: SignInInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return;
    replaceSession(client, data.signIn.user); // nothing from an earlier session survives
  };
  return { signIn, loading };
}
