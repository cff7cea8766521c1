import { z } from 'zod';

const positiveInt = z.coerce.number().int().min(1);

/** The rate-limit variables, merged into the one environment schema in app-config.ts. */
export const RATE_LIMIT_ENVIRONMENT = {
  RATE_LIMIT_WINDOW_MS: positiveInt.min(1000).default(60_000),
  RATE_LIMIT_PER_STAFF: positiveInt.optional(),
  RATE_LIMIT_PER_ADDRESS: positiveInt.optional(),
};

/** Requests allowed in each window: per staff member (any route), and per client address. */
export interface RateLimitConfig {
  windowMs: number;
  perStaff: number;
  perAddress: number;
}

/**
 * In production a care coordinator's screen makes a few requests a second at most: 600 a minute
 * each stops a runaway script without stopping anyone's work, and an address (a GP surgery's NAT, a
 * console) carries several people. Tests and benchmarks fire thousands of requests from one token
 * and one address, so in development and test the limits are out of reach unless set.
 */
const DEFAULTS = {
  production: { perStaff: 600, perAddress: 3000 },
  relaxed: { perStaff: 1_000_000, perAddress: 1_000_000 },
};

export function rateLimitConfigFrom(
  env: 'development' | 'test' | 'production',
  vars: { RATE_LIMIT_WINDOW_MS: number; RATE_LIMIT_PER_STAFF?: number; RATE_LIMIT_PER_ADDRESS?: number },
): RateLimitConfig {
  const defaults = env === 'production' ? DEFAULTS.production : DEFAULTS.relaxed;
  return {
    windowMs: vars.RATE_LIMIT_WINDOW_MS,
    perStaff: vars.RATE_LIMIT_PER_STAFF ?? defaults.perStaff,
    perAddress: vars.RATE_LIMIT_PER_ADDRESS ?? defaults.perAddress,
  };
}
