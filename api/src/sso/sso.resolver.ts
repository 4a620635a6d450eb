import { Query, Resolver } from '@nestjs/graphql';

import { Public } from '../auth/public.decorator';
import { SignInOptions } from './sign-in-options.model';
import { SsoService } from './sso.service';

@Resolver()
export class SsoResolver {
  constructor(private readonly sso: SsoService) {}

  @Public()
  @Query(() => SignInOptions, { description: 'What the sign-in page offers: single sign-on, passwords, or both.' })
  signInOptions(): SignInOptions {
    const oidc = this.sso.settings;
    return {
      singleSignOn: oidc ? { name: oidc.name, loginUrl: '/auth/oidc/login' } : null,
      passwordSignIn: !oidc?.only,
    };
  }
}
