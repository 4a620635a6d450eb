import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const GrantAwardMutation = graphql(`
  mutation GrantAward($input: GrantAwardInput!) {
    grantAward(input: $input) {
      id
      initiative {
        id
        ...InitiativeAwards_initiative
      }
    }
  }
`);

/** Grants an award; the answer refreshes the initiative's awards; the hall of fame and profiles reload. */
export function useGrantAward() {
  return useMutation(GrantAwardMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'hallOfFame' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'leaderboard' });
    },
  });
}
