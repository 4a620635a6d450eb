import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context';
import { UnauthenticatedError } from '../common/errors';
import type { Viewer } from './viewer';

/** The signed-in viewer; the global guard already refused anonymous calls to non-public operations. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});

export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext => GqlExecutionContext.create(context).getContext<RequestContext>(),
);
