import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

import type { RequestContext } from '../common/request-context';
import { sharedReadsOf, viewerKey } from './fan-out';
import { SubscriptionContext } from './subscription-context';

type Executions = WeakMap<DocumentNode, Map<string, Promise<ExecutionResult>>>;

/** An async iterator that maps each value, and whose `return()` closes the source at once (a client's `complete`). */
function mapEvents<T, U>(source: AsyncIterator<T>, map: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const close = async (): Promise<IteratorResult<U>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  return {
    async next() {
      const event = await source.next();
      if (event.done) return { done: true, value: undefined };
      try {
        return { done: false, value: await map(event.value) };
      } catch (error) {
        await close();
        throw error;
      }
    },
    return: close,
    async throw(error: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql-js's `subscribe`, except that the subscriptions that receive the same event value (FanOut hands one
 * value to every subscriber of a viewer key) with the same document and variables, for the same viewer, share
 * one execution of it and one result. Without this, each of 10,000 subscriptions to an initiative ran the web's
 * document on its own: three statements each (timeline, comments, awards) and a result each, 30,000
 * statements for one vote and a heap that ran out. Now an event costs one execution per viewer listening,
 * and those executions share the reads that do not depend on the viewer (SharedReads, made by FanOut for the
 * event): one vote on an initiative ten thousand people watch reads its comments once.
 */
export function createSharedSubscribe(): (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  // Keyed by the event value: once every subscriber has taken it, its results go with it.
  const byEvent = new WeakMap<object, Executions>();

  const executeShared = (args: ExecutionArgs, event: unknown): Promise<ExecutionResult> => {
    const run = () => {
      if (args.contextValue instanceof SubscriptionContext) args.contextValue.beginEvent(sharedReadsOf(event));
      return Promise.resolve(execute({ ...args, rootValue: event }));
    };
    const viewer = (args.contextValue as RequestContext | undefined)?.viewer;
    if (typeof event !== 'object' || event === null || !viewer) return run();
    let executions = byEvent.get(event);
    if (!executions) byEvent.set(event, (executions = new WeakMap()));
    let results = executions.get(args.document);
    if (!results) executions.set(args.document, (results = new Map()));
    const key = `${viewerKey(viewer)}\n${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
    let result = results.get(key);
    if (!result) results.set(key, (result = run()));
    return result;
  };

  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream; // refused before any event: the errors, as graphql-js answers them
    return mapEvents(stream[Symbol.asyncIterator](), (event) => executeShared(args, event));
  };
}
