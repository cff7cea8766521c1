import type { ConsoleConfig } from '@ipc/config';

type OpenIdClient = typeof import('openid-client');
type Discovered = Awaited<ReturnType<OpenIdClient['discovery']>>;

/** The authorisation request to send the browser on, and what the callback must check it against. */
export interface AuthorisationRequest {
  url: string;
  codeVerifier: string;
  state: string;
}

/** What the issuer answers a completed sign-in with. */
export interface SignInTokens {
  accessToken: string;
  /** Epoch milliseconds; the issuer's `expires_in`, or a minute when it gives none. */
  accessTokenExpiresAt: number;
  idToken?: string;
  name?: string;
}

/** A token's life when the issuer does not say: short, so the person is asked again rather than refused. */
const UNSTATED_LIFETIME_SECONDS = 60;

/**
 * OpenID Connect sign-in: authorisation code with PKCE (S256) against OIDC_ISSUER, found by
 * discovery. The access token is what the console sends to the API; who the person is and their
 * role the console asks the API (`GET /me`), so the mapping of national roles lives in one place.
 */
export class OidcSignIn {
  private discovered?: Promise<{ client: OpenIdClient; configuration: Discovered }>;

  constructor(
    private readonly config: ConsoleConfig['oidc'],
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

  /** Exchanges the code the issuer sent back (checking state and the PKCE verifier) for tokens. */
  async complete(
    callbackUrl: URL,
    expected: { codeVerifier: string; state: string },
    now = Date.now(),
  ): Promise<SignInTokens> {
    const { client, configuration } = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
    });
    const name = tokens.claims()?.name;
    return {
      accessToken: tokens.access_token,
      accessTokenExpiresAt: now + (tokens.expiresIn() ?? UNSTATED_LIFETIME_SECONDS) * 1000,
      idToken: tokens.id_token,
      name: typeof name === 'string' ? name : undefined,
    };
  }

  /** Where the browser goes to end the issuer's session too, if the issuer offers it. */
  async endSessionUrl(postLogoutRedirectUri: string, idToken?: string): Promise<string | undefined> {
    const { client, configuration } = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return undefined;
    return client.buildEndSessionUrl(configuration, {
      post_logout_redirect_uri: postLogoutRedirectUri,
      ...(idToken ? { id_token_hint: idToken } : {}),
    }).href;
  }

  private discover() {
    this.discovered ??= (async () => {
      // openid-client is an ES module, loaded on first use.
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
