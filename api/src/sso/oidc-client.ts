import type { OidcConfig } from '../config/config';

// openid-client is ESM-only and this app is CommonJS: a real dynamic import, made once.
const loadOpenId = () => import('openid-client');
type OpenId = Awaited<ReturnType<typeof loadOpenId>>;
type Configuration = InstanceType<OpenId['Configuration']>;

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** What the provider vouches for, read from the ID token and, when it holds no email, from userinfo. */
export interface ProviderIdentity {
  subject: string;
  email: string | undefined;
  emailVerified: boolean;
  name: string | undefined;
}

/** The provider's answer could not be trusted or used (bad state, replayed code, provider error…). */
export class OidcFlowError extends Error {}

/**
 * The authorization-code flow with PKCE, state and nonce, through openid-client (a certified relying party):
 * this file builds the request and checks the answer, and knows nothing of accounts or sessions.
 */
export class OidcClient {
  private discovered: Promise<{ openId: OpenId; configuration: Configuration }> | undefined;

  constructor(
    private readonly config: OidcConfig,
    private readonly redirectUri: string,
  ) {}

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const { openId, configuration } = await this.discover();
    const codeVerifier = openId.randomPKCECodeVerifier();
    const state = openId.randomState();
    const nonce = openId.randomNonce();
    const url = openId.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await openId.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Trades the code for tokens, checking state, nonce, PKCE, issuer, audience and signature. */
  async identity(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<ProviderIdentity> {
    const { openId, configuration } = await this.discover();
    let tokens: Awaited<ReturnType<OpenId['authorizationCodeGrant']>>;
    try {
      tokens = await openId.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcFlowError(error instanceof Error ? error.message : String(error));
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcFlowError('the provider sent no ID token');
    let source: Record<string, unknown> = claims;
    if (typeof claims.email !== 'string') {
      // Providers that follow the spec strictly put scope claims in userinfo only.
      source = await openId.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    }
    return {
      subject: claims.sub,
      email: typeof source.email === 'string' ? source.email : undefined,
      emailVerified: source.email_verified === true || source.email_verified === 'true',
      name: typeof source.name === 'string' ? source.name : undefined,
    };
  }

  /** Discovery once per process; a failure is not kept, so the next sign-in tries again. */
  private discover(): Promise<{ openId: OpenId; configuration: Configuration }> {
    this.discovered ??= (async () => {
      const openId = await loadOpenId();
      const issuer = new URL(this.config.issuer);
      const configuration = await openId.discovery(
        issuer,
        this.config.clientId,
        this.config.clientSecret,
        undefined,
        // A plain-http issuer is only for a provider on this machine (development, tests).
        issuer.protocol === 'http:' ? { execute: [openId.allowInsecureRequests] } : undefined,
      );
      return { openId, configuration };
    })().catch((error: unknown) => {
      this.discovered = undefined;
      throw error;
    });
    return this.discovered;
  }
}
