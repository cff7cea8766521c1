import type { ConsoleConfig, StaffRole } from '@ipc/config';
import { STAFF_ROLES } from '@ipc/config';
import type { ConsoleUser } from './console-user';

type OpenIdClient = typeof import('openid-client');
type Discovered = Awaited<ReturnType<OpenIdClient['discovery']>>;

/** The authorisation request to send the browser on, and what the callback must check it against. */
export interface AuthorisationRequest {
  url: string;
  codeVerifier: string;
  state: string;
}

/**
 * OpenID Connect sign-in: authorisation code with PKCE (S256) against OIDC_ISSUER, found by
 * discovery. The access token is what the console sends to the API; who the person is and their
 * role come from the ID token's claims, read the way the API reads the access token's.
 */
export class OidcSignIn {
  private discovered?: Promise<{ client: OpenIdClient; configuration: Discovered }>;

  constructor(
    private readonly config: NonNullable<ConsoleConfig['oidc']>,
    private readonly baseUrl: string,
  ) {}

  get redirectUri(): string {
    return `${this.baseUrl}/auth/callback`;
  }

  async begin(): Promise<AuthorisationRequest> {
    const { client, configuration } = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.scope,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
    });
    return { url: url.href, codeVerifier, state };
  }

  /** Exchanges the code the issuer sent back (checking state and the PKCE verifier) for the user. */
  async complete(callbackUrl: URL, expected: { codeVerifier: string; state: string }): Promise<ConsoleUser> {
    const { client, configuration } = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
    });
    const claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    const text = (...names: string[]) =>
      names.map((name) => claims[name]).find((value) => typeof value === 'string') as string | undefined;
    const teams = Array.isArray(claims.teams)
      ? (claims.teams as unknown[]).filter((team) => typeof team === 'string')
      : [];
    const role = text('role', 'ipc_role');
    return {
      staffId: text('staff_id', 'sub') ?? '',
      siteId: text('site', 'site_id', 'org') ?? '',
      teamId: text('team', 'team_id') ?? (teams[0] as string | undefined) ?? '',
      role: STAFF_ROLES.includes(role as StaffRole) ? (role as StaffRole) : 'care-coordinator',
      accessToken: tokens.access_token,
      via: 'oidc',
    };
  }

  /** Where the browser goes to end the issuer's session too, if the issuer offers it. */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<string | undefined> {
    const { client, configuration } = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, { post_logout_redirect_uri: postLogoutRedirectUri }).href;
  }

  private discover() {
    this.discovered ??= (async () => {
      // Loaded only when an issuer is configured: openid-client is an ES module.
      const client = await import('openid-client');
      const issuer = new URL(this.config.issuer);
      const auth = this.config.clientSecret ? client.ClientSecretPost(this.config.clientSecret) : client.None();
      const options = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
      const configuration = await client.discovery(issuer, this.config.clientId, undefined, auth, options);
      return { client, configuration };
    })();
    this.discovered.catch(() => (this.discovered = undefined));
    return this.discovered;
  }
}
