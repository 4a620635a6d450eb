import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person the test provider knows: its dev login form takes any name, and the name is the email. */
export interface ProviderPerson {
  email: string;
  name: string;
  emailVerified?: boolean;
}

/**
 * A real OpenID provider (the `oidc-provider` package) in the test process, with its development login and
 * consent pages. It listens first, so the app can be started knowing the issuer; the client (and so the
 * app's callback address) is registered once the app's address is known.
 */
export class TestOidcProvider {
  static readonly clientId = 'red-chair-tests';
  static readonly clientSecret = 'a-test-client-secret-that-is-long-enough';

  private handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  private readonly people = new Map<string, ProviderPerson>();

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async listen(): Promise<TestOidcProvider> {
    const ready: { provider?: TestOidcProvider } = {};
    const server = createServer((req, res) => {
      const handler = ready.provider?.handler;
      if (handler) return handler(req, res);
      res.statusCode = 503;
      res.end('the provider is not registered yet');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    ready.provider = new TestOidcProvider(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return ready.provider;
  }

  /** The env the app needs to use this provider. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      OIDC_ISSUER: this.issuer,
      OIDC_CLIENT_ID: TestOidcProvider.clientId,
      OIDC_CLIENT_SECRET: TestOidcProvider.clientSecret,
      ...extra,
    };
  }

  know(person: ProviderPerson): void {
    this.people.set(person.email.toLowerCase(), person);
  }

  async register(appUrl: string): Promise<void> {
    // oidc-provider is ESM-only.
    const { default: Provider } = await import('oidc-provider');
    const people = this.people;
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: TestOidcProvider.clientId,
          client_secret: TestOidcProvider.clientSecret,
          redirect_uris: [`${appUrl}/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      pkce: { required: () => true },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      cookies: { keys: ['a-test-cookie-key'] },
      findAccount: (_ctx, id) => {
        const person: ProviderPerson = people.get(id.toLowerCase()) ?? { email: id, name: id.split('@')[0] };
        return {
          accountId: id,
          claims: () => ({ sub: id, email: person.email, email_verified: person.emailVerified ?? true, name: person.name }),
        };
      },
    });
    this.handler = provider.callback();
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
