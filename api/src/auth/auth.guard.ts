import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context';
import { UnauthenticatedError } from '../common/errors';
import { IS_PUBLIC } from './public.decorator';

/** Every GraphQL operation needs a session unless marked @Public (DESIGN.md §2). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true; // REST routes check for themselves
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!ctx.viewer) throw new UnauthenticatedError();
    return true;
  }
}
