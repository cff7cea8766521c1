import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import Provider, { type Account, errors, type IssuedToken } from 'oidc-provider';
import { consentPage, loginPage, logoutPage } from './interaction-pages';
import {
  DEV_CLI_CLIENT,
  DEV_CONSOLE_CLIENT_ID,
  DEV_PASSWORD,
  OTHER_RESOURCE,
  SEEDED_SERVICE_CLIENTS,
  SEEDED_STAFF,
  type SeededStaffMember,
} from './seeded-staff';

export interface DevIdentityProviderOptions {
  issuer: string;
  port: number;
  /** The resource server the engine is (OIDC_AUDIENCE): access tokens for it are JWTs. */
  audience: string;
  /** Private signing keys (ES256), the first signs: rotate by putting a new key first. */
  signingKeys: JWK[];
  accessTokenTtlSeconds: number;
  /** Where the care-team console is reached: its sign-in callback and signed-out page are under it. */
  consoleBaseUrl: string;
}

export interface RunningDevIdentityProvider {
  server: Server;
  close(): Promise<void>;
}

/** A fixed, public cookie key: the dev provider's sessions need no secrecy. */
const DEV_COOKIE_KEYS = ['ipc-dev-identity-provider-cookies'];

const readForm = async (request: IncomingMessage): Promise<URLSearchParams> => {
  let body = '';
  for await (const chunk of request) body += chunk;
  return new URLSearchParams(body);
};

const sendHtml = (response: ServerResponse, status: number, html: string) => {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(html);
};

/**
 * A real OpenID provider (oidc-provider) for the dev stack and the tests, with seeded staff and
 * CIS2-style national RBAC claims: authorization code with PKCE for people (a login form and a
 * consent form), client credentials for machine clients, JWT access tokens for the engine as a
 * resource server.
 */
export async function startDevIdentityProvider(
  options: DevIdentityProviderOptions,
): Promise<RunningDevIdentityProvider> {
  const staffBySub = new Map(SEEDED_STAFF.map((staff) => [staff.sub, staff]));
  // The role each person chose at their last sign-in (CIS2's role per session; a dev simplification).
  const selectedRoles = new Map<string, string>();

  const resourceServer = (audience: string) => ({
    scope: 'ipc',
    audience,
    accessTokenFormat: 'jwt',
    accessTokenTTL: options.accessTokenTtlSeconds,
    jwt: { sign: { alg: 'ES256' } },
  });

  const provider = new Provider(options.issuer, {
    clients: [
      {
        client_id: DEV_CLI_CLIENT.clientId,
        token_endpoint_auth_method: 'none',
        redirect_uris: [DEV_CLI_CLIENT.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      {
        client_id: DEV_CONSOLE_CLIENT_ID,
        client_name: 'IPC care-team console',
        token_endpoint_auth_method: 'none',
        redirect_uris: [`${options.consoleBaseUrl}/auth/callback`],
        post_logout_redirect_uris: [`${options.consoleBaseUrl}/signed-out`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
      ...SEEDED_SERVICE_CLIENTS.map(({ clientId, clientSecret }) => ({
        client_id: clientId,
        client_secret: clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    jwks: { keys: options.signingKeys },
    clientDefaults: { id_token_signed_response_alg: 'ES256' },
    cookies: { keys: DEV_COOKIE_KEYS },
    pkce: { required: () => true },
    scopes: ['openid', 'ipc'],
    claims: { openid: ['sub'], profile: ['name'] },
    ttl: { AccessToken: options.accessTokenTtlSeconds, ClientCredentials: options.accessTokenTtlSeconds },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => {
          ctx.body = logoutPage(form);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx: unknown, _client: unknown, oneOf?: string) => oneOf ?? options.audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, indicator: string) => {
          if (indicator === options.audience || indicator === OTHER_RESOURCE) return resourceServer(indicator);
          throw new errors.InvalidTarget();
        },
      },
    },
    findAccount: async (_ctx: unknown, sub: string): Promise<Account | undefined> => {
      const staff = staffBySub.get(sub);
      return staff && { accountId: sub, claims: async () => ({ sub, name: staff.name }) };
    },
    // The national RBAC claims CIS2 gives: every role the person holds, and the one chosen for the session.
    extraTokenClaims: async (_ctx: unknown, token: IssuedToken) => {
      const staff = token.accountId ? staffBySub.get(token.accountId) : undefined;
      if (!staff) return undefined;
      return {
        nhsid_nrbac_roles: staff.roles,
        selected_roleid: selectedRoles.get(staff.sub) ?? staff.roles[0].person_roleid,
      };
    },
  });
  // The dev stack and the tests talk plain HTTP to 127.0.0.1.
  const handleProtocol = provider.callback();

  async function interaction(request: IncomingMessage, response: ServerResponse, uid: string, action?: string) {
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid) return sendHtml(response, 400, 'Unknown interaction');
    if (request.method === 'GET') {
      if (details.prompt.name === 'login') return sendHtml(response, 200, loginPage(uid));
      const scopes = [
        ...(details.prompt.details.missingOIDCScope ?? []),
        ...Object.values(details.prompt.details.missingResourceScopes ?? {}).flat(),
      ];
      return sendHtml(response, 200, consentPage(uid, details.params.client_id, scopes));
    }
    if (action === 'login') {
      const form = await readForm(request);
      const staff = SEEDED_STAFF.find((member) => member.username === form.get('username'));
      if (!staff || form.get('password') !== DEV_PASSWORD) {
        return sendHtml(response, 401, loginPage(uid, 'Unknown username or wrong password'));
      }
      const chosen = choosenRole(staff, form.get('role'));
      if (!chosen) return sendHtml(response, 400, loginPage(uid, 'Choose a role you hold', staff));
      selectedRoles.set(staff.sub, chosen);
      return provider.interactionFinished(
        request,
        response,
        { login: { accountId: staff.sub } },
        {
          mergeWithLastSubmission: false,
        },
      );
    }
    if (action === 'confirm') {
      const accountId = details.session?.accountId;
      if (!accountId) return sendHtml(response, 400, 'Sign in first');
      const grant =
        (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
        new provider.Grant({ accountId, clientId: details.params.client_id });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
        grant.addResourceScope(indicator, scopes.join(' '));
      }
      const grantId = await grant.save();
      return provider.interactionFinished(
        request,
        response,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
    }
    return sendHtml(response, 404, 'Not found');
  }

  const server = createServer((request, response) => {
    const match = /^\/interaction\/([\w-]+)(?:\/(login|confirm))?$/.exec(
      new URL(request.url ?? '/', options.issuer).pathname,
    );
    if (!match) return handleProtocol(request, response);
    interaction(request, response, match[1], match[2]).catch((error: unknown) => {
      sendHtml(response, 400, `The sign-in could not go on: ${error instanceof Error ? error.message : 'error'}`);
    });
  });
  await new Promise<void>((listening, failed) => {
    server.once('error', failed);
    server.listen(options.port, '127.0.0.1', () => listening());
  });
  return {
    server,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/** The role the person chose at sign-in, or their only one. */
function choosenRole(staff: SeededStaffMember, chosen: string | null): string | undefined {
  if (chosen) return staff.roles.find((role) => role.person_roleid === chosen)?.person_roleid;
  return staff.roles.length === 1 ? staff.roles[0].person_roleid : undefined;
}
