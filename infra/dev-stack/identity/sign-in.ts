import * as oidc from 'openid-client';
import { DEV_CLI_CLIENT, DEV_PASSWORD, SEEDED_SERVICE_CLIENTS } from './seeded-staff';

export interface SignIn {
  username: string;
  password?: string;
  /** The national RBAC role (person_roleid) to act in, for staff holding several. */
  role?: string;
  /** The resource (audience) to ask a token for; the issuer's default (the engine) otherwise. */
  resource?: string;
}

const MAX_STEPS = 12;

/** Just enough of a browser to walk an OpenID provider's pages: cookies, redirects and forms. */
class FormBrowser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly stopAt: string) {}

  /** Follows redirects from `url` until a page to fill in (200) or the client's redirect URI. */
  async go(url: string, init: RequestInit = {}): Promise<{ callback: URL } | { page: string; url: string }> {
    let next = url;
    let request = init;
    for (let step = 0; step < MAX_STEPS; step++) {
      const response = await fetch(next, {
        ...request,
        redirect: 'manual',
        headers: {
          ...request.headers,
          cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        },
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const separator = pair.indexOf('=');
        this.cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        const target = new URL(location, next).href;
        if (target.startsWith(this.stopAt)) return { callback: new URL(target) };
        next = target;
        request = {};
        continue;
      }
      const page = await response.text();
      if (response.status !== 200)
        throw new Error(`the provider answered ${response.status} at ${next}: ${page.slice(0, 300)}`);
      return { page, url: next };
    }
    throw new Error(`no end to the redirects from ${url}`);
  }

  /** Submits the page's form with these fields. */
  submit(page: { page: string; url: string }, fields: Record<string, string>) {
    const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/i.exec(page.page)?.[1];
    if (!action) throw new Error(`no form on the page at ${page.url}`);
    return this.go(
      new URL(
        action.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))),
        page.url,
      ).href,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      },
    );
  }
}

const insecureForLocalhost = (issuer: URL) => (issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : []);

/**
 * Signs a seeded staff member in at the dev provider the way a browser would, through its login
 * and consent forms, with the authorization code flow and PKCE; answers their access token.
 */
export async function signInWithForms(issuer: string, signIn: SignIn): Promise<string> {
  const server = new URL(issuer);
  const config = await oidc.discovery(server, DEV_CLI_CLIENT.clientId, undefined, oidc.None(), {
    execute: insecureForLocalhost(server),
  });
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const authorizationUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: DEV_CLI_CLIENT.redirectUri,
    scope: 'openid ipc',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    ...(signIn.resource ? { resource: signIn.resource } : {}),
  });

  const browser = new FormBrowser(DEV_CLI_CLIENT.redirectUri);
  let at = await browser.go(authorizationUrl.href);
  for (let step = 0; !('callback' in at); step++) {
    if (step > 3) throw new Error('the provider kept asking');
    const login = /\/login"/.test(at.page);
    const fields: Record<string, string> = login
      ? {
          username: signIn.username,
          password: signIn.password ?? DEV_PASSWORD,
          ...(signIn.role ? { role: signIn.role } : {}),
        }
      : {};
    at = await browser.submit(at, fields);
  }
  const tokens = await oidc.authorizationCodeGrant(config, at.callback, {
    pkceCodeVerifier: codeVerifier,
    expectedState: state,
  });
  return tokens.access_token;
}

/** A machine client's access token (client credentials), for the engine unless another resource is named. */
export async function clientCredentialsToken(issuer: string, clientId: string, resource?: string): Promise<string> {
  const client = SEEDED_SERVICE_CLIENTS.find((candidate) => candidate.clientId === clientId);
  if (!client) throw new Error(`${clientId} is not one of the dev provider's machine clients`);
  const server = new URL(issuer);
  const config = await oidc.discovery(server, clientId, client.clientSecret, undefined, {
    execute: insecureForLocalhost(server),
  });
  const tokens = await oidc.clientCredentialsGrant(config, { scope: 'ipc', ...(resource ? { resource } : {}) });
  return tokens.access_token;
}
