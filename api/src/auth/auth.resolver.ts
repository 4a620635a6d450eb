import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { UnauthenticatedError } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { UsersService } from '../users/users.service';
import { AuthService, type SignedIn } from './auth.service';
import { Ctx, CurrentViewer } from './current-viewer.decorator';
import { AuthPayload, SignInInput, SignUpInput } from './dto/auth.inputs';
import { ChangePasswordArgs, RequestPasswordResetArgs, ResetPasswordArgs } from './dto/password.args';
import { PasswordResetService } from './password-reset.service';
import { Public } from './public.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordResetService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates a CUSTOMER account and signs it in.' })
  async signUp(@Args('input') input: SignUpInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.withCookie(ctx, await this.auth.signUp(input, this.meta(ctx)));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(@Args('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    return this.withCookie(ctx, await this.auth.signIn(input, this.meta(ctx)));
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session.' })
  async signOut(@CurrentViewer() viewer: Viewer, @Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.signOut(viewer.sessionId);
    if (ctx.res) clearSessionCookie(ctx.res, this.config.production);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Mails a link to choose a new password when the account exists; always true, in the same time either way.',
  })
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs): Promise<boolean> {
    await this.passwords.request(email);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: "Sets the password from a mailed link and signs in; the account's other sessions end." })
  async resetPassword(@Args() { token, password }: ResetPasswordArgs, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const session = await this.passwords.reset(token, password, this.meta(ctx));
    const user = await this.users.findById(session.userId);
    if (!user) throw new UnauthenticatedError('This account no longer exists.');
    return this.withCookie(ctx, { ...session, user });
  }

  @Mutation(() => Boolean, { description: "Changes the signed-in person's password; their other sessions end." })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args() { currentPassword, newPassword }: ChangePasswordArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.passwords.change(viewer.id, viewer.sessionId, currentPassword, newPassword, ctx.clientAddress);
    return true;
  }

  private meta(ctx: RequestContext) {
    return { userAgent: ctx.req?.get('user-agent') ?? null, clientAddress: ctx.clientAddress };
  }

  private withCookie(ctx: RequestContext, signedIn: SignedIn): AuthPayload {
    // The payload's fields are resolved for the person who just signed in (e.g. their own email).
    const { user } = signedIn;
    ctx.viewer = { id: user.id, role: user.role, displayName: user.displayName, locale: user.locale, sessionId: signedIn.sessionId };
    if (ctx.res) setSessionCookie(ctx.res, signedIn.token, signedIn.expiresAt, this.config.production);
    return { token: signedIn.token, user: signedIn.user };
  }
}
