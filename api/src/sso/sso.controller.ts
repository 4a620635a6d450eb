import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '../auth/public.decorator';
import { setSessionCookie } from '../auth/session-cookie';
import { NotFoundError } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { SsoService } from './sso.service';

/** Binds an attempt to the browser that started it, so a callback link sent to someone else opens nothing. */
const STATE_COOKIE = 'rc_sso_state';
const COOKIE_PATH = '/auth/oidc';

/** GET /auth/oidc/login and /auth/oidc/callback (DESIGN.md §9): the browser's side of single sign-on. */
@Public()
@Controller('auth/oidc')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('login')
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    if (!this.sso.settings) throw new NotFoundError('Single sign-on');
    const started = await this.sso.start(returnTo);
    res.setHeader('Cache-Control', 'no-store');
    if ('refused' in started) return res.redirect(303, `/sign-in?sso=${started.refused}`);
    res.cookie(STATE_COOKIE, started.state, {
      httpOnly: true,
      sameSite: 'lax', // sent on the provider's top-level redirect back to us
      secure: this.config.production,
      path: COOKIE_PATH,
      maxAge: 10 * 60_000,
    });
    res.redirect(302, started.url);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!this.sso.settings) throw new NotFoundError('Single sign-on');
    // The address the provider was given, so openid-client sends back the exact redirect_uri it registered.
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const callbackUrl = new URL(`${this.config.publicUrl}/auth/oidc/callback${query}`);
    const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
    const outcome = await this.sso.finish(callbackUrl, cookies?.[STATE_COOKIE], {
      userAgent: req.get('user-agent') ?? null,
      clientAddress: req.ip ?? null,
    });
    res.clearCookie(STATE_COOKIE, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: this.config.production });
    res.setHeader('Cache-Control', 'no-store');
    if (outcome.kind === 'refused') {
      const back = outcome.returnTo === '/' ? '' : `&returnTo=${encodeURIComponent(outcome.returnTo)}`;
      return res.redirect(303, `/sign-in?sso=${outcome.reason}${back}`);
    }
    setSessionCookie(res, outcome.token, outcome.expiresAt, this.config.production);
    res.redirect(303, outcome.returnTo);
  }
}
