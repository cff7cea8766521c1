import { z } from 'zod';
import { ConfigError } from './config-error';
import { DEFAULT_DEV_OIDC_PORT } from './identity-config';

/** Public like the dev staff tokens; production must set its own SESSION_SECRET. */
const DEV_SESSION_SECRET = 'ipc-console-dev-session-secret-not-for-production';

const port = z.coerce.number().int().min(1).max(65535);
const httpUrl = z.url({ protocol: /^https?$/ });

const consoleEnvironmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  CONSOLE_PORT: port.default(3100),
  /** Where the browser reaches the console: the OpenID redirect URI and secure cookies follow from it. */
  CONSOLE_BASE_URL: httpUrl.optional(),
  API_BASE_URL: httpUrl.optional(),
  PORT: port.default(3000),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().min(1).default('ipc'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(12 * 60)
    .default(30),
  OIDC_ISSUER: httpUrl.optional(),
  DEV_OIDC_PORT: port.default(DEFAULT_DEV_OIDC_PORT),
  CONSOLE_OIDC_CLIENT_ID: z.string().min(1).default('ipc-console'),
  CONSOLE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  CONSOLE_OIDC_SCOPE: z.string().min(1).default('openid profile ipc'),
});

export interface ConsoleConfig {
  env: 'development' | 'test' | 'production';
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  port: number;
  baseUrl: string;
  /** The public API, e.g. http://127.0.0.1:3000 (the console adds /api/v1). */
  apiBaseUrl: string;
  redis: { url: string; sessionPrefix: string };
  session: { secret: string; idleMinutes: number; secureCookies: boolean };
  /** OpenID Connect sign-in: the dev stack's identity provider unless OIDC_ISSUER names another. */
  oidc: { issuer: string; clientId: string; clientSecret?: string; scope: string };
}

/** Reads and validates the console's environment once; a bad value throws a ConfigError naming it. */
export function loadConsoleConfig(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  const parsed = consoleEnvironmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const vars = parsed.data;
  const production = vars.NODE_ENV === 'production';
  const missing = [
    production && !vars.SESSION_SECRET && 'SESSION_SECRET',
    production && !vars.OIDC_ISSUER && 'OIDC_ISSUER',
    production && !vars.CONSOLE_BASE_URL && 'CONSOLE_BASE_URL',
  ].filter((name): name is string => typeof name === 'string');
  if (missing.length) {
    throw new ConfigError(
      `Invalid configuration:\n  ${missing.map((name) => `${name}: required in production`).join('\n  ')}`,
    );
  }
  const baseUrl = (vars.CONSOLE_BASE_URL ?? `http://localhost:${vars.CONSOLE_PORT}`).replace(/\/$/, '');
  return {
    env: vars.NODE_ENV,
    logLevel: vars.LOG_LEVEL,
    port: vars.CONSOLE_PORT,
    baseUrl,
    apiBaseUrl: (vars.API_BASE_URL ?? `http://127.0.0.1:${vars.PORT}`).replace(/\/$/, ''),
    redis: { url: vars.REDIS_URL, sessionPrefix: `${vars.REDIS_PREFIX}:console-session:` },
    session: {
      secret: vars.SESSION_SECRET ?? DEV_SESSION_SECRET,
      idleMinutes: vars.SESSION_IDLE_MINUTES,
      secureCookies: baseUrl.startsWith('https:'),
    },
    oidc: {
      // The same default as the API's (identity-config.ts): the two must trust one issuer.
      issuer: vars.OIDC_ISSUER ?? `http://127.0.0.1:${vars.DEV_OIDC_PORT}`,
      clientId: vars.CONSOLE_OIDC_CLIENT_ID,
      clientSecret: vars.CONSOLE_OIDC_CLIENT_SECRET,
      scope: vars.CONSOLE_OIDC_SCOPE,
    },
  };
}
