import { useMutation } from '@apollo/client/react';

import { graphql } from '../../gql';

const ChangeInitiativeStatusMutation = graphql(`
  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {
    changeInitiativeStatus(input: $input) {
      id
      status
      awaitingResponse
      lastActivityAt
      updatedAt
      ...StatusTimeline_initiative
      ...VoteButton_initiative
    }
  }
`);

/**
 * A manager's answer. The page updates from the answer (status, timeline); cached feeds are dropped
 * because the initiative may now belong to other filters ("Awaiting a response", a status).
 */
export function useChangeInitiativeStatus() {
  return useMutation(ChangeInitiativeStatusMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'initiatives' });
    },
  });
}
