import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const RevokeAwardGrantMutation = graphql(`
  mutation RevokeAwardGrant($id: ID!, $reason: String!) {
    revokeAwardGrant(id: $id, reason: $reason) {
      id
      revokedAt
      initiative {
        id
        ...InitiativeAwards_initiative
      }
    }
  }
`);

/** Revokes a grant (its granter or an admin): it leaves the initiative, the hall of fame and profiles. */
export function useRevokeAwardGrant() {
  return useMutation(RevokeAwardGrantMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'hallOfFame' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'leaderboard' });
    },
  });
}
