import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeQuery } from '../../app/auth/viewer';
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
    await client.clearStore(); // nothing from an earlier session survives
    client.writeQuery({ query: MeQuery, data: { me: data.signIn.user } });
  };
  return { signIn, loading };
}
