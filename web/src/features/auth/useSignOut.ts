import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import type { AuthLocationState } from '../../app/auth/next';
import { replaceSession } from '../../app/auth/session';
import { toProblem, type Problem } from '../../app/errors';
import { graphql } from '../../gql';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Revokes the session, then forgets everything cached and lands on sign-in. If the API cannot be
 * reached the session is still alive, so nothing is cleared and the person is told.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(SignOutMutation);
  const [problem, setProblem] = useState<Problem | null>(null);

  const signOut = async () => {
    setProblem(null);
    try {
      await mutate();
    } catch (error) {
      const found = toProblem(error);
      if (found.code !== 'UNAUTHENTICATED') {
        setProblem(found);
        return;
      }
      // Already signed out (expired or revoked elsewhere): finish the job locally.
    }
    const state: AuthLocationState = { signedOut: true };
    navigate('/sign-in', { replace: true, state });
    replaceSession(client, null);
  };

  return { signOut, signingOut: loading, problem };
}
