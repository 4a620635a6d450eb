import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { UnauthenticatedError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import type { HttpRequestWithViewer, Viewer } from '../common/viewer';

/** The signed-in viewer, in a resolver or a controller; the guard already refused anonymous calls to non-public handlers. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<RequestContext>().viewer
      : context.switchToHttp().getRequest<HttpRequestWithViewer>().viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});

export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(context).getContext<RequestContext>(),
);
