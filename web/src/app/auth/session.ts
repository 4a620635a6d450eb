import type { ApolloClient } from '@apollo/client';

import type { MeQuery as MeQueryData } from '../../gql/graphql';
import { MeQuery } from './viewer';

/**
 * A new session (or none): forget everything cached for the previous one and record who is signed
 * in, so mounted components see the new viewer at once and never an empty cache in between.
 * `restore({})` empties the store in place without a broadcast; the write then broadcasts once.
 * (Not `client.clearStore()`: it drops the cache watches of mounted queries, so the header would keep
 * showing the previous person; and not inside `cache.batch`, which loses a restore.)
 */
export function replaceSession(client: ApolloClient, me: MeQueryData['me']): void {
  client.cache.restore({});
  client.writeQuery({ query: MeQuery, data: { me } });
}
