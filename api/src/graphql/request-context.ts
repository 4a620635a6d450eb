import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';
import type { Loaders } from './loaders';

/** What every resolver receives: the viewer (or null) and this request's own DataLoaders. */
export interface RequestContext {
  /** The HTTP request; absent on a subscription over graphql-ws. */
  req?: Request;
  res?: Response;
  viewer: Viewer | null;
  loaders: Loaders;
  clientAddress: string;
}
