import { loadConfig } from './app-config';
import { ConfigError } from './config-error';

describe('EVALUATION_HASH_SECRETS', () => {
  const secret = 'a-site-secret-of-at-least-32-characters';

  it('should give each site its own secret, and outside production a public one to a site without', () => {
    const { evaluation } = loadConfig({ EVALUATION_HASH_SECRETS: JSON.stringify({ 'site-a': secret }) });
    expect(evaluation.hashSecretOf('site-a')).toBe(secret);
    expect(evaluation.hashSecretOf('site-b')).toEqual(expect.any(String));
    expect(evaluation.hashSecretOf('site-b')).not.toBe(secret);
  });

  it('should give a site without a secret none in production', () => {
    const { evaluation } = loadConfig({
      NODE_ENV: 'production',
      PAYLOAD_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      METRICS_TOKEN: 'a-long-scrape-token-1',
      OIDC_ISSUER: 'https://issuer.example',
      EVALUATION_HASH_SECRETS: JSON.stringify({ 'site-a': secret }),
    });
    expect(evaluation.hashSecretOf('site-a')).toBe(secret);
    expect(evaluation.hashSecretOf('site-b')).toBeUndefined();
  });

  it('should refuse a short secret or text that is not JSON, naming the variable', () => {
    expect(() => loadConfig({ EVALUATION_HASH_SECRETS: JSON.stringify({ 'site-a': 'short' }) })).toThrow(
      new ConfigError(
        'Invalid configuration:\n  EVALUATION_HASH_SECRETS.site-a: must be at least 32 characters, without spaces',
      ),
    );
    expect(() => loadConfig({ EVALUATION_HASH_SECRETS: 'site-a=secret' })).toThrow(
      /EVALUATION_HASH_SECRETS: must be JSON/,
    );
  });
});
