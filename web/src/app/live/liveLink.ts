import type { ApolloLink } from '@apollo/client';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { createClient } from 'graphql-ws';
import type { Observable } from 'rxjs';

/** The longest pause between two reconnection attempts, however long the outage. */
export const MAX_RETRY_WAIT_MS = 30_000;

/** Exponential backoff from about a second, capped, with jitter so reconnecting browsers spread out. */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_WAIT_MS, 1000 * 2 ** retries);
  return Math.round(base / 2 + (random() * base) / 2);
}

/** `ws://` or `wss://` on this page's origin: the browser sends the session cookie with the upgrade. */
export function socketUrl(path: string, location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${path}`;
}

/** graphql-ws's close code when the socket has no live session. */
const FORBIDDEN = 4403;

const isErrorList = (error: unknown): error is GraphQLFormattedError[] => Array.isArray(error);
const closeCode = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'number' ? error.code : undefined;

export interface LiveLinkOptions {
  path: string;
  /** After a reconnection: what was pushed while the socket was down is lost, so open pages read again. */
  onReconnected: () => void;
  /**
   * Passed in by the shell, which already has them: anything this chunk imported from Apollo or rxjs
   * would be split into extra shared chunks of the first load.
   */
  Observable: typeof Observable;
  print: (document: DocumentNode) => string;
  location?: Pick<Location, 'protocol' | 'host'>;
}

/**
 * graphql-ws on the same origin, loaded only when the first live subscription starts. It retries for
 * as long as the page is open (a dropped network, a server restart), with backoff; a refused session
 * (4403) stays closed.
 */
export default function createLiveLink({
  path,
  onReconnected,
  Observable,
  print,
  location = window.location,
}: LiveLinkOptions): ApolloLink.RequestHandler {
  const client = createClient({
    url: socketUrl(path, location),
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    // graphql-ws retries only close events by default; a refused connection (the server restarting, the
    // network gone) arrives as an error event first. Only a refused session is final.
    shouldRetry: (error) => closeCode(error) !== FORBIDDEN,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) onReconnected();
      },
    },
  });
  return ({ query, variables, operationName, extensions }) =>
    new Observable<ApolloLink.Result>((observer) =>
      client.subscribe<Record<string, unknown>, Record<string, unknown>>(
        { query: print(query), variables, operationName, extensions },
        {
          next: (result) => observer.next(result),
          complete: () => observer.complete(),
          error: (error: unknown) => {
            // The server's refusal of the operation itself (validation, a hidden initiative): a GraphQL result.
            if (isErrorList(error)) {
              observer.next({ errors: error });
              return observer.complete();
            }
            const code = closeCode(error);
            observer.error(
              error instanceof Error ? error : new Error(code ? `The live connection closed (${code}).` : 'The live connection failed.'),
            );
          },
        },
      ),
    );
}
