import type { Request, Response } from 'express';

import type { Viewer } from './viewer';

/**
 * This request's DataLoaders. Each feature declares its own next to them (declaration merging in
 * its `*.loader.ts`); graphql/loaders.ts builds them all per request. So features read the context
 * without importing the GraphQL composition that imports them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Loaders {}

/** What every resolver receives: the viewer (or null) and this request's own DataLoaders. */
export interface RequestContext {
  /** The HTTP request; absent on a subscription over graphql-ws. */
  req?: Request;
  res?: Response;
  viewer: Viewer | null;
  loaders: Loaders;
  clientAddress: string;
}
