import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import type { Role } from '@red-chair/domain';

import type { Viewer } from '../common/viewer';
import { AuthGuard } from './auth.guard';
import { Public } from './public.decorator';
import { Roles } from './roles.decorator';
import type { SessionsService } from './sessions.service';

class Handlers {
  @Public()
  open(): void {}

  signedIn(): void {}

  @Roles('MANAGER', 'ADMIN')
  managers(): void {}
}

const person = (role: Role): Viewer => ({ id: 'u1', role, displayName: 'P', locale: 'en', sessionId: 's1' });

/** A GraphQL call: the request context already carries the viewer. */
const graphqlCall = (handler: keyof Handlers, viewer: Viewer | null): ExecutionContext => {
  const args = [{}, {}, { viewer }, {}];
  return {
    getType: () => 'graphql',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    getArgs: () => args,
    getArgByIndex: (index: number) => args[index],
  } as unknown as ExecutionContext;
};

/** An HTTP call with a bearer token; the guard leaves the viewer it resolved on the request. */
const httpCall = (handler: keyof Handlers, req: { get: (name: string) => string | undefined; viewer?: Viewer | null }): ExecutionContext =>
  ({
    getType: () => 'http',
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  }) as unknown as ExecutionContext;

describe('AuthGuard', () => {
  const sessions = {
    resolve: async (token: string) =>
      token === 'manager-token' ? person('MANAGER') : token === 'customer-token' ? person('CUSTOMER') : null,
  };
  const guard = new AuthGuard(new Reflector(), sessions as unknown as SessionsService);
  const bearer = (token?: string) => ({ get: (name: string) => (name === 'authorization' && token ? `Bearer ${token}` : undefined) });

  it('lets anyone call a @Public handler', async () => {
    await expect(guard.canActivate(graphqlCall('open', null))).resolves.toBe(true);
    await expect(guard.canActivate(httpCall('open', bearer()))).resolves.toBe(true);
  });

  it('wants a session everywhere else', async () => {
    await expect(guard.canActivate(graphqlCall('signedIn', null))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(guard.canActivate(httpCall('signedIn', bearer('revoked')))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(guard.canActivate(graphqlCall('signedIn', person('CUSTOMER')))).resolves.toBe(true);
  });

  it('checks the roles a handler declares, on GraphQL and HTTP alike', async () => {
    await expect(guard.canActivate(graphqlCall('managers', person('EMPLOYEE')))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Only managers and admins can do this.',
    });
    await expect(guard.canActivate(graphqlCall('managers', person('ADMIN')))).resolves.toBe(true);
    await expect(guard.canActivate(httpCall('managers', bearer('customer-token')))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const req = bearer('manager-token') as ReturnType<typeof bearer> & { viewer?: Viewer | null };
    await expect(guard.canActivate(httpCall('managers', req))).resolves.toBe(true);
    expect(req.viewer?.role).toBe('MANAGER');
  });
});
