import { loadConfig } from './app-config';
import { ConfigError } from './config-error';

const PAYLOAD_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

describe('metrics token', () => {
  it('should default to the dev token so the embedded stack can be scraped', () => {
    expect(loadConfig({}).metricsToken).toBe('dev-metrics-token');
    expect(loadConfig({ METRICS_TOKEN: 'a-long-scrape-token-1' }).metricsToken).toBe('a-long-scrape-token-1');
  });

  it('should be required in production and refused when short, naming the variable', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', PAYLOAD_ENCRYPTION_KEY, OIDC_ISSUER: 'https://issuer.example' }),
    ).toThrow(new ConfigError('Invalid configuration:\n  METRICS_TOKEN: required in production'));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
  });
});

describe('identity', () => {
  const production = {
    NODE_ENV: 'production',
    PAYLOAD_ENCRYPTION_KEY,
    METRICS_TOKEN: 'a-long-scrape-token-1',
    OIDC_ISSUER:
      'https://am.nhsidentity.spineservices.nhs.uk/openam/oauth2/realms/root/realms/NHSIdentity/realms/Healthcare',
  };
  const serviceAccount = {
    token: 'nightly-recovery-token-1234',
    account: 'service',
    staffId: 'nightly-recovery',
    siteId: 'site-a',
    role: 'recovery-operator',
  };

  it('should default to the dev provider as issuer and the engine as audience', () => {
    expect(loadConfig({}).identity).toMatchObject({ issuer: 'http://127.0.0.1:3200', audience: 'urn:ipc-pathway:api' });
  });

  it('should require an issuer in production', () => {
    expect(() => loadConfig({ ...production, OIDC_ISSUER: undefined })).toThrow(/OIDC_ISSUER: required in production/);
  });

  it("should refuse a person's static token in production and take a service account's", () => {
    const person = {
      token: 'a-person-token-123456',
      staffId: 's',
      siteId: 'site-a',
      teamId: 't',
      role: 'care-coordinator',
    };
    expect(() => loadConfig({ ...production, STAFF_TOKENS: JSON.stringify([serviceAccount, person]) })).toThrow(
      /STAFF_TOKENS\[1\]: a person's static token is refused in production/,
    );
    const config = loadConfig({ ...production, STAFF_TOKENS: JSON.stringify([serviceAccount]) });
    expect(config.staff.get(serviceAccount.token)).toMatchObject({ account: 'service', role: 'recovery-operator' });
    expect(loadConfig(production).staff.size).toBe(0);
  });

  it("should refuse a service account with a person's role, and a role map line naming no code", () => {
    expect(() => loadConfig({ STAFF_TOKENS: JSON.stringify([{ ...serviceAccount, role: 'administrator' }]) })).toThrow(
      /STAFF_TOKENS\[0/,
    );
    expect(() => loadConfig({ OIDC_ROLE_MAP: JSON.stringify([{ role: 'ig-lead' }]) })).toThrow(
      /OIDC_ROLE_MAP.0: needs a jobRole, an activity or both/,
    );
    expect(() => loadConfig({ OIDC_ROLE_MAP: JSON.stringify([{ jobRole: 'nurse', role: 'ig-lead' }]) })).toThrow(
      /OIDC_ROLE_MAP.0.jobRole: must be a national RBAC job role code/,
    );
  });
});

describe('codec CORS origins', () => {
  const production = {
    NODE_ENV: 'production',
    PAYLOAD_ENCRYPTION_KEY,
    METRICS_TOKEN: 'a-long-scrape-token-1',
    OIDC_ISSUER: 'https://issuer.example',
  };

  it("should default to the dev server's Web UI outside production, and to none in production", () => {
    expect(loadConfig({ TEMPORAL_UI_PORT: '8300' }).temporal.codecCorsOrigins).toEqual([
      'http://localhost:8300',
      'http://127.0.0.1:8300',
    ]);
    expect(loadConfig(production).temporal.codecCorsOrigins).toEqual([]);
  });

  it('should take a list of origins and refuse anything with a path, naming the variable', () => {
    const origins = ' https://temporal.example.nhs.uk , http://10.0.0.5:8080 ';
    expect(loadConfig({ ...production, CODEC_CORS_ORIGINS: origins }).temporal.codecCorsOrigins).toEqual([
      'https://temporal.example.nhs.uk',
      'http://10.0.0.5:8080',
    ]);
    expect(() => loadConfig({ CODEC_CORS_ORIGINS: 'https://temporal.example.nhs.uk/ui' })).toThrow(
      /CODEC_CORS_ORIGINS\.0: must be an origin/,
    );
    expect(() => loadConfig({ CODEC_CORS_ORIGINS: 'file:///etc' })).toThrow(/CODEC_CORS_ORIGINS\.0/);
  });
});
