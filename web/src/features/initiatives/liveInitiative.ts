import type { ApolloClient } from '@apollo/client';

import { graphql } from '../../gql';

export const InitiativeUpdatedSubscription = graphql(`
  subscription InitiativeUpdated($id: ID!) {
    initiativeUpdated(id: $id) {
      id
      title
      ...InitiativeView_initiative
    }
  }
`);

/**
 * Keeps an open initiative current: each push carries what the page shows (status, votes, comments,
 * awards, ratings) and lands in the cache, which re-renders the page. A lost connection is retried by
 * the live link; an error here (the initiative hidden meanwhile) just ends the updates.
 */
export function watchInitiative(client: ApolloClient, id: string): () => void {
  const subscription = client.subscribe({ query: InitiativeUpdatedSubscription, variables: { id } }).subscribe({ error: () => undefined });
  return () => subscription.unsubscribe();
}
