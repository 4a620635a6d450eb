import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const ProposeInitiativeMutation = graphql(`
  mutation ProposeInitiative($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
      ...InitiativeCard_initiative
      ...InitiativeView_initiative
    }
  }
`);

/**
 * Publishes an initiative. Its page can render from the answer at once; every cached feed is
 * dropped so the space's feed shows the new initiative on the next visit (counts included).
 */
export function useProposeInitiative() {
  return useMutation(ProposeInitiativeMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
    },
  });
}
