import { newSigningKey } from '../../infra/dev-stack/identity/signing-keys';
import { OTHER_RESOURCE } from '../../infra/dev-stack/identity/seeded-staff';
import { startIdentityProvider, type RunningIdentityProvider } from '../support/identity-provider';
import { JourneyClient } from '../support/journey-client';
import { startTestStack, type TestStack } from '../support/test-stack';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Flips one character of the token's signature, so it no longer matches what was signed. */
const tampered = (token: string) => {
  const last = token.at(-2) === 'A' ? 'B' : 'A';
  return `${token.slice(0, -2)}${last}${token.at(-1)}`;
};

/**
 * The environment this file's API reads once: the provider as issuer, its keys fetched again at once
 * for an unknown key id and trusted for 2 s, and 1 s of clock skew.
 */
const IDENTITY_ENV = [
  'OIDC_ISSUER',
  'OIDC_JWKS_COOLDOWN_MS',
  'OIDC_JWKS_MAX_AGE_MS',
  'OIDC_CLOCK_TOLERANCE_SECONDS',
] as const;

describe('Sign-in with the OpenID provider (the API as a resource server)', () => {
  let provider: RunningIdentityProvider;
  let stack: TestStack;
  const saved = Object.fromEntries(IDENTITY_ENV.map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    provider = await startIdentityProvider();
    Object.assign(process.env, {
      OIDC_ISSUER: provider.issuer,
      OIDC_JWKS_COOLDOWN_MS: '0',
      OIDC_JWKS_MAX_AGE_MS: '2000',
      OIDC_CLOCK_TOLERANCE_SECONDS: '1',
    });
    stack = await startTestStack();
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
    await provider?.stop();
    for (const name of IDENTITY_ENV) {
      if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = saved[name];
    }
  });

  const refused = async (token: string, reason: string) => {
    const response = await stack.http.get('/api/v1/site/teams').set(bearer(token)).expect(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['www-authenticate']).toBe(`Bearer error="invalid_token", error_description="${reason}"`);
    expect(response.body).toMatchObject({ status: 401, reason });
  };

  it("should sign a care coordinator in (code flow with PKCE through the provider's forms) and act at their site and team", async () => {
    const token = await provider.signIn('coordinator');
    const teams = await stack.http.get('/api/v1/site/teams').set(bearer(token)).expect(200);
    expect(teams.body).toEqual({ siteId: 'dev-site', teams: ['dev-team', 'dev-team-2'] });

    const journeys = new JourneyClient(stack.http, { token });
    const id = await journeys.refer();
    const details = await journeys.details(id).expect(200);
    expect(details.body.teamId).toBe('dev-team');
    await journeys.step(id, 'identification').expect(200);
    const timeline = await journeys.timeline(id);
    expect(timeline.at(-1)).toMatchObject({ step: 'identification' });
    // Another team at the same site, and another site, by their own sign-ins.
    await stack.http
      .get(`/api/v1/participants/${id}`)
      .set(bearer(await provider.signIn('coordinator-2')))
      .expect(403);
    await stack.http
      .get(`/api/v1/participants/${id}`)
      .set(bearer(await provider.signIn('coordinator-b')))
      .expect(404);
  });

  it('should act in the role chosen at sign-in by staff holding several', async () => {
    const locumRoles = ['dev-role-10', 'dev-role-11'];
    const atSiteB = await provider.signIn('locum', { role: locumRoles[1] });
    const teams = await stack.http.get('/api/v1/site/teams').set(bearer(atSiteB)).expect(200);
    expect(teams.body.siteId).toBe('dev-site-b');
    // Who the token is for, as a client (the console) is told: the session's role, mapped.
    const me = await stack.http.get('/api/v1/me').set(bearer(atSiteB)).expect(200);
    expect(me.body).toEqual({
      staffId: 'dev-locum',
      siteId: 'dev-site-b',
      teamId: 'dev-team-b',
      teams: ['dev-team-b'],
      role: 'care-coordinator',
      account: 'person',
    });
  });

  it('should refuse a tampered signature, a token for another service and a role code the mapping lacks (401 with the reason)', async () => {
    await refused(tampered(await provider.signIn('coordinator')), 'bad-signature');
    await refused(await provider.signIn('coordinator', { resource: OTHER_RESOURCE }), 'wrong-audience');
    await refused(await provider.machineToken('ipc-dev-reporting', OTHER_RESOURCE), 'wrong-audience');
    await refused(await provider.signIn('unmapped'), 'unknown-role');
    await refused('not-a-token-anyone-issued', 'unknown-token');
    const none = await stack.http.get('/api/v1/site/teams').expect(401);
    expect(none.body.reason).toBe('missing-token');
  });

  it('should give machine clients their narrow role only: figures, never a person, and never /metrics', async () => {
    const reporting = await provider.machineToken('ipc-dev-reporting');
    await stack.http.get('/api/v1/programme/throughput').set(bearer(reporting)).expect(200);
    await stack.http.get('/api/v1/participants').set(bearer(reporting)).expect(403);
    const lead = await provider.signIn('lead');
    await stack.http.get('/api/v1/programme/throughput').set(bearer(lead)).expect(200);
    await stack.http.get('/api/v1/participants').set(bearer(lead)).expect(403);
    await stack.http.get('/metrics').set(bearer(lead)).expect(401);
    await stack.http.get('/metrics').set(bearer(reporting)).expect(401);
  });

  it('should take tokens signed with a rotated key, fetching the new key set, and refuse those of a key withdrawn', async () => {
    const before = await provider.signIn('coordinator');
    await stack.http.get('/api/v1/site/teams').set(bearer(before)).expect(200);

    const rotated = await newSigningKey();
    await provider.restart({ signingKeys: [rotated, ...provider.settings.signingKeys] });
    const after = await provider.signIn('coordinator');
    expect(JSON.parse(Buffer.from(after.split('.')[0], 'base64url').toString()).kid).toBe(rotated.kid);
    await stack.http.get('/api/v1/site/teams').set(bearer(after)).expect(200);
    await stack.http.get('/api/v1/site/teams').set(bearer(before)).expect(200);

    await provider.restart({ signingKeys: [rotated] });
    await new Promise((done) => setTimeout(done, 2500));
    await refused(before, 'unknown-key');
    await stack.http.get('/api/v1/site/teams').set(bearer(after)).expect(200);
  });

  it('should refuse an expired token, past the allowed clock skew', async () => {
    await provider.restart({ accessTokenTtlSeconds: 1 });
    const token = await provider.signIn('coordinator');
    await stack.http.get('/api/v1/site/teams').set(bearer(token)).expect(200);
    await new Promise((done) => setTimeout(done, 3500));
    await refused(token, 'expired');
  });
});
