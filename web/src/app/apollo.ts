import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldPolicy, Reference } from '@apollo/client/cache';
import { print } from '@apollo/client/utilities';
import { OperationTypeNode, type GraphQLFormattedError } from 'graphql';
import { map, Observable, type Subscription } from 'rxjs';

import { MeQuery } from './auth/viewer';

/** Operations that answer UNAUTHENTICATED as a normal outcome: a failed sign-in is not a lost session. */
const PUBLIC_OPERATIONS = new Set(['Me', 'SignIn', 'SignUp']);

const isUnauthenticated = (errors: readonly GraphQLFormattedError[] | undefined) =>
  !!errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED');

interface ConnectionShape {
  nodes: Reference[];
  pageInfo: unknown;
  totalCount: number;
}

/**
 * Cursor pages of one list (same filter and sort) appended in order; a request without `after`
 * starts the list again (first load, refetch, filters changed back).
 */
export function connectionPolicy(keyArgs: FieldPolicy<ConnectionShape>['keyArgs']): FieldPolicy<ConnectionShape> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      const seen = new Set(existing.nodes.map((node) => node.__ref));
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((node) => !seen.has(node.__ref))] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One list per whole filter (every field, present and future) and order.
          initiatives: connectionPolicy(['filter', 'sort']),
          users: connectionPolicy(['search', 'role', 'first']),
          auditLog: connectionPolicy(['actorId', 'action']),
          outbox: connectionPolicy([]),
          hallOfFame: connectionPolicy([]),
          youSaidWeDid: connectionPolicy(['spaceId']),
          // The menu's few (first: 8) and the history's pages are separate lists.
          notifications: connectionPolicy(['first', 'unreadOnly']),
          // An initiative already in the cache (from a feed) shows at once on its page; missing fields are fetched.
          initiative: {
            read: (existing, { args, toReference }) =>
              existing !== undefined ? existing : toReference({ __typename: 'Initiative', id: args?.id }),
          },
        },
      },
      // Counts and lists inside a space are replaced wholesale when they come back.
      Space: { fields: { members: { merge: false } } },
      // The timeline and the thread come back whole: the newest answer replaces the old list.
      Initiative: {
        fields: { statusHistory: { merge: false }, comments: { merge: false }, tags: { merge: false }, awards: { merge: false } },
      },
      User: { fields: { awards: { merge: false } } },
      Comment: { fields: { replies: { merge: false } } },
    },
  });
}

/**
 * A link whose code loads on its first request (and once): pages without a live subscription never
 * download the WebSocket client.
 */
export function lazyLink(load: () => Promise<ApolloLink.RequestHandler>): ApolloLink {
  let loaded: Promise<ApolloLink.RequestHandler> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        loaded ??= load();
        loaded.then(
          (request) => {
            if (!closed) inner = request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}

export interface ClientOptions {
  uri?: string;
  /** The current UI language, sent so the API can answer in it when it learns to. */
  locale?: () => string;
}

/**
 * One Apollo client for the app: same-origin `/graphql` with the session cookie (never a token in
 * JavaScript). Losing the session mid-visit writes `me: null`, which sends the person to sign in.
 */
export function createApolloClient({ uri = '/graphql', locale }: ClientOptions = {}): ApolloClient {
  const cache = createCache();
  const sessionLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      map((result) => {
        if (!('errors' in result) || !isUnauthenticated(result.errors)) return result;
        if (operation.operationName === 'Me') return { data: { me: null } };
        if (!PUBLIC_OPERATIONS.has(operation.operationName ?? '')) cache.writeQuery({ query: MeQuery, data: { me: null } });
        return result;
      }),
    ),
  );
  const localeLink = new ApolloLink((operation, forward) => {
    if (locale)
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, 'accept-language': locale() },
      }));
    return forward(operation);
  });
  const http = new HttpLink({ uri, credentials: 'same-origin' });
  // Subscriptions go over graphql-ws on the same path; after a reconnection, what the open pages show is
  // read again, since pushes sent while the socket was down are lost.
  const live = lazyLink(() =>
    import('./live/liveLink').then(({ default: createLiveLink }) =>
      createLiveLink({ path: uri, Observable, print, onReconnected: () => void client.refetchObservableQueries() }),
    ),
  );
  const transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, live, http);
  const client: ApolloClient = new ApolloClient({ link: ApolloLink.from([sessionLink, localeLink, transport]), cache });
  return client;
}
