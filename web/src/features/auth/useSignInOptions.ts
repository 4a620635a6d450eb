import { useQuery } from '@apollo/client/react';

import { graphql } from '../../gql';

const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      passwordSignIn
      singleSignOn {
        name
        loginUrl
      }
    }
  }
`);

/** Whether the company's single sign-on is offered here, and whether passwords still are (OIDC_ONLY). */
export function useSignInOptions() {
  const { data } = useQuery(SignInOptionsQuery, { fetchPolicy: 'cache-first' });
  return data?.signInOptions;
}
