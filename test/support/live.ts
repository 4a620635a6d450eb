import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import type { LiveEventsService } from '../../api/src/live/live-events.service';
import { TestApp } from './test-app';

export const EVENT_TIMEOUT_MS = 5000;

/** Rejects with `what` unless `promise` settles within the time: a test never hangs until Jest's own timeout. */
export async function within<T>(promise: Promise<T>, what: string, timeoutMs = EVENT_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `done` until it holds, or fails with `what`: for counts a test cannot be told about. */
export function waitUntil(what: string, done: () => boolean, timeoutMs = EVENT_TIMEOUT_MS): Promise<void> {
  return within(
    (async () => {
      while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
    })(),
    what,
    timeoutMs,
  );
}

/** A socket signed in with a bearer token, connected at once and never retried: scale tests open hundreds. */
export function openBearerSocket(baseUrl: string, token: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
}

/**
 * A test file's app listening on a port, and the sockets its tests open: started before the file's tests;
 * after them every socket is disposed and the app closed.
 */
export function listeningApp(): { readonly app: TestApp; openSocket(token: string): Client } {
  let started: TestApp | undefined;
  let baseUrl = '';
  const sockets: Client[] = [];
  beforeAll(async () => {
    started = await TestApp.start();
    baseUrl = await started.listen();
  });
  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    await started?.close();
  });
  return {
    get app(): TestApp {
      if (!started) throw new Error('listeningApp: the app starts in beforeAll; use it inside a test');
      return started;
    },
    openSocket(token: string): Client {
      const socket = openBearerSocket(baseUrl, token);
      sockets.push(socket);
      return socket;
    },
  };
}

/**
 * Watches the topics an app's subscriptions start listening to. graphql-ws does not acknowledge a
 * subscription, so this is how a test knows the server is listening before it acts.
 */
export class TopicWatch {
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(live: LiveEventsService) {
    // Told once the engine really listens (for Redis: when SUBSCRIBE is acknowledged).
    live.whenListening((topic) => {
      for (const wake of this.waiting.get(topic)?.splice(0) ?? []) wake();
    });
  }

  /** Resolves the next time a subscriber is listening to `topic`: call it before subscribing. */
  nextListener(topic: string): Promise<void> {
    return new Promise((resolve) => this.waiting.set(topic, [...(this.waiting.get(topic) ?? []), resolve]));
  }
}

export type SubscriptionAuth = { token?: string; cookie?: string };

export interface LiveSubscription<TData> {
  /** The next result, in order; fails clearly when none arrives in time. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult<TData, unknown>>;
  /** Settles when the server ends the subscription or refuses the socket. */
  ended: Promise<void>;
  /** What ended the socket with an error (a close event, or the errors of a refused operation). */
  failure(): unknown;
  close(): Promise<void>;
}

/** One subscription over graphql-ws, on a socket of its own authenticated like a browser or an API client. */
export function subscribe<TData, TVariables extends Record<string, unknown>>(
  baseUrl: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables: TVariables,
  auth: SubscriptionAuth,
): LiveSubscription<TData> {
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, auth.cookie ? { headers: { cookie: auth.cookie } } : {});
      }
    },
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : undefined,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // reported through the subscription's error sink instead
  });
  const received: FormattedExecutionResult<TData, unknown>[] = [];
  const waiting: ((result: FormattedExecutionResult<TData, unknown>) => void)[] = [];
  let failure: unknown;
  const ended = new Promise<void>((resolve) => {
    client.subscribe<TData>(
      { query: typeof document === 'string' ? document : print(document), variables },
      {
        next: (result) => {
          const wake = waiting.shift();
          if (wake) wake(result);
          else received.push(result);
        },
        error: (error) => {
          failure = error;
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return {
    next: (timeoutMs = EVENT_TIMEOUT_MS) => {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      let wake: ((result: FormattedExecutionResult<TData, unknown>) => void) | undefined;
      const event = new Promise<FormattedExecutionResult<TData, unknown>>((resolve) => waiting.push((wake = resolve)));
      const endedFirst = ended.then((): never => {
        throw new Error(`the subscription ended before its next event: ${JSON.stringify(failure)}`);
      });
      // A waiter that gave up must not swallow the event a later next() waits for.
      return within(Promise.race([event, endedFirst]), 'no subscription event arrived', timeoutMs).finally(() => {
        const index = waiting.indexOf(wake!);
        if (index >= 0) waiting.splice(index, 1);
      });
    },
    ended,
    failure: () => failure,
    close: async () => client.dispose(),
  };
}

/** Subscribes and waits until the server listens to `topic`, so what follows is not missed. */
export async function subscribeWhenListening<TData, TVariables extends Record<string, unknown>>(
  watch: TopicWatch,
  topic: string,
  ...[baseUrl, document, variables, auth]: Parameters<typeof subscribe<TData, TVariables>>
): Promise<LiveSubscription<TData>> {
  const listening = watch.nextListener(topic);
  const subscription = subscribe(baseUrl, document, variables, auth);
  await within(
    Promise.race([
      listening,
      subscription.ended.then((): never => {
        throw new Error(`the subscription ended: ${JSON.stringify(subscription.failure())}`);
      }),
    ]),
    `the server was not listening to ${topic}`,
  );
  return subscription;
}
