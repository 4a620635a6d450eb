import { graphql } from './gql';

/** Operations many int-spec files send; one file's own operations live in that file. */

export const VoteInitiative = graphql(`
  mutation VoteInitiative($initiativeId: ID!) {
    voteInitiative(initiativeId: $initiativeId) {
      id
      voteCount
      viewerHasVoted
    }
  }
`);

export const ChangeInitiativeStatus = graphql(`
  mutation ChangeInitiativeStatus($input: ChangeStatusInput!) {
    changeInitiativeStatus(input: $input) {
      id
      status
    }
  }
`);
