import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import type { RequestContext } from '../common/request-context';
import { AuthService, type SignedIn } from './auth.service';
import { Ctx, CurrentViewer } from './current-viewer.decorator';
import { AuthPayload, SignInInput, SignUpInput } from './dto/auth.inputs';
import { Public } from './public.decorator';
import { SESSION_COOKIE } from './tokens';
import type { Viewer } from '../common/viewer';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
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
    ctx.res?.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.config.production });
    return true;
  }

  private meta(ctx: RequestContext) {
    return { userAgent: ctx.req?.get('user-agent') ?? null, clientAddress: ctx.clientAddress };
  }

  private withCookie(ctx: RequestContext, signedIn: SignedIn): AuthPayload {
    // The payload's fields are resolved for the person who just signed in (e.g. their own email).
    const { user } = signedIn;
    ctx.viewer = { id: user.id, role: user.role, displayName: user.displayName, locale: user.locale, sessionId: signedIn.sessionId };
    ctx.res?.cookie(SESSION_COOKIE, signedIn.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      path: '/',
      expires: signedIn.expiresAt,
    });
    return { token: signedIn.token, user: signedIn.user };
  }
}
