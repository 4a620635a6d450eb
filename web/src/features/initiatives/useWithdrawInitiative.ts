import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const WithdrawInitiativeMutation = graphql(`
  mutation WithdrawInitiative($id: ID!) {
    withdrawInitiative(id: $id)
  }
`);

/** The author removes their initiative while nobody has answered it yet (SUBMITTED). */
export function useWithdrawInitiative() {
  return useMutation(WithdrawInitiativeMutation);
}
