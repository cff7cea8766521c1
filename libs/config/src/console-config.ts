import { z } from 'zod';
import { ConfigError } from './config-error';
import { parseStaffTokens, type StaffMember } from './staff-tokens';
import { DEV_STAFF_TOKENS } from './app-config';

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
  CONSOLE_OIDC_CLIENT_ID: z.string().min(1).default('ipc-console'),
  CONSOLE_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  CONSOLE_OIDC_SCOPE: z.string().min(1).default('openid profile'),
  STAFF_TOKENS: z.string().min(1).default(DEV_STAFF_TOKENS),
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
  /** OpenID Connect sign-in; absent in development and test until an issuer is configured. */
  oidc?: { issuer: string; clientId: string; clientSecret?: string; scope: string };
  /**
   * DEVELOPMENT ONLY, to be replaced by the identity provider: staff pick one of the static
   * STAFF_TOKENS to act as. Never offered in production or when an issuer is configured.
   */
  devSignIn?: ReadonlyMap<string, StaffMember>;
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
    oidc: vars.OIDC_ISSUER
      ? {
          issuer: vars.OIDC_ISSUER,
          clientId: vars.CONSOLE_OIDC_CLIENT_ID,
          clientSecret: vars.CONSOLE_OIDC_CLIENT_SECRET,
          scope: vars.CONSOLE_OIDC_SCOPE,
        }
      : undefined,
    devSignIn: vars.OIDC_ISSUER || production ? undefined : parseStaffTokens(vars.STAFF_TOKENS, vars.NODE_ENV),
  };
}
