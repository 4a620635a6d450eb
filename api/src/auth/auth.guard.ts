import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import type { Role } from '@red-chair/domain';

import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import type { HttpRequestWithViewer, Viewer } from '../common/viewer';
import { IS_PUBLIC } from './public.decorator';
import { ROLES, rolesRefusal } from './roles.decorator';
import { SessionsService } from './sessions.service';
import { tokenFrom } from './tokens';

/**
 * Every GraphQL operation and every HTTP route needs a session unless marked @Public (docs/api.md#visibility),
 * and the viewer's role must be one of the handler's @Roles when it declares some.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const viewer = await this.viewerOf(context);
    if (!viewer) throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(viewer.role)) throw new ForbiddenError(rolesRefusal(roles));
    return true;
  }

  /** GraphQL resolved the viewer when it built the request context; an HTTP route resolves it here. */
  private async viewerOf(context: ExecutionContext): Promise<Viewer | null> {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<RequestContext>().viewer;
    const req = context.switchToHttp().getRequest<HttpRequestWithViewer>();
    const token = tokenFrom(req);
    req.viewer = token ? await this.sessions.resolve(token) : null;
    return req.viewer;
  }
}
