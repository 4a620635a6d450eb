import { useApolloClient, useMutation } from '@apollo/client/react';

import { replaceSession } from '../../app/auth/session';
import { graphql } from '../../gql';
import type { SignInInput } from '../../gql/graphql';
import { useI18n } from '../../i18n/context';
import { isLocale, readStoredLocale } from '../../i18n/locale';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        locale
        ...Viewer_user
      }
    }
  }
`);

/**
 * Signs in with the session cookie (the token in the answer is not kept) and starts a fresh cache.
 * With no language chosen on this device yet, the app takes the person's saved one.
 */
export function useSignIn() {
  const client = useApolloClient();
  const { setLocale } = useI18n();
  const [mutate, { loading }] = useMutation(SignInMutation);
  const signIn = async (input: SignInInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) return;
    replaceSession(client, data.signIn.user); // nothing from an earlier session survives
    const saved = data.signIn.user.locale;
    if (readStoredLocale() === null && isLocale(saved)) setLocale(saved);
  };
  return { signIn, loading };
}
