import { loadConfig } from './app-config';
import { ConfigError } from './config-error';

const PAYLOAD_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

describe('metrics token', () => {
  it('should default to the dev token so the embedded stack can be scraped', () => {
    expect(loadConfig({}).metricsToken).toBe('dev-metrics-token');
    expect(loadConfig({ METRICS_TOKEN: 'a-long-scrape-token-1' }).metricsToken).toBe('a-long-scrape-token-1');
  });

  it('should be required in production and refused when short, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PAYLOAD_ENCRYPTION_KEY })).toThrow(
      new ConfigError('Invalid configuration:\n  METRICS_TOKEN: required in production'),
    );
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters/);
  });
});
