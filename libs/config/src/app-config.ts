import { DEFAULT_CARER_TRANSITION_LEAD_DAYS, MAX_CARER_TRANSITION_LEAD_DAYS } from '@ipc/domain';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { EVALUATION_ENVIRONMENT, type EvaluationConfig, evaluationConfigFrom } from './evaluation-config';
import { REMINDER_ENVIRONMENT, type ReminderConfig, reminderConfigFrom } from './reminder-config';
import { IDENTITY_ENVIRONMENT, type IdentityConfig, identityConfigFrom } from './identity-config';
import { parseStaffTokens, type StaffMember, type StaffTokenEntry } from './staff-tokens';
import { RATE_LIMIT_ENVIRONMENT, type RateLimitConfig, rateLimitConfigFrom } from './rate-limit-config';

/** A fixed, public key for the embedded dev stack only; production must set its own. */
const DEV_PAYLOAD_KEY = Buffer.alloc(32, 'ipc-dev-payload-key').toString('base64');

/** Public like the dev staff tokens; production must set its own METRICS_TOKEN. */
const DEV_METRICS_TOKEN = 'dev-metrics-token';

/** People's static tokens for the dev stack (beside signing in at its OpenID provider); refused in production. */
const DEV_STAFF_TOKEN_ENTRIES: StaffTokenEntry[] = [
  {
    token: 'dev-care-team-token',
    staffId: 'dev-coordinator',
    siteId: 'dev-site',
    teamId: 'dev-team',
    role: 'care-coordinator',
  },
  {
    token: 'dev-programme-lead-token',
    staffId: 'dev-lead',
    siteId: 'dev-site',
    teamId: 'dev-team',
    role: 'programme-lead',
  },
  {
    token: 'dev-administrator-token',
    staffId: 'dev-administrator',
    siteId: 'dev-site',
    teamId: 'dev-team',
    role: 'administrator',
  },
];
export const DEV_STAFF_TOKENS = JSON.stringify(DEV_STAFF_TOKEN_ENTRIES);

const port = z.coerce.number().int().min(1).max(65535);
/** A browser origin: scheme, host and port, nothing after (`https://temporal-ui.example.nhs.uk`). */
const origin = z.url({ protocol: /^https?$/ }).refine((value) => new URL(value).origin === value, 'must be an origin');
const origins = z
  .string()
  .transform((list) =>
    list
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(z.array(origin));

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  PORT: port.default(3000),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/ipc'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z.string().min(1).default('ipc'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('ipc-journeys'),
  TEMPORAL_UI_PORT: port.default(8233),
  CODEC_CORS_ORIGINS: origins.optional(),
  TEMPORAL_CLI_PATH: z.string().min(1).optional(),
  WORKFLOW_BUNDLE_PATH: z.string().min(1).optional(),
  PAYLOAD_ENCRYPTION_KEY: base64Key.optional(),
  STAFF_TOKENS: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  METRICS_TOKEN: z
    .string()
    .regex(/^\S{16,}$/, 'must be at least 16 characters, without spaces')
    .optional(),
  CARER_BUDGET_CAP_PENCE: z.coerce.number().int().min(1).max(10_000_000_00).default(100_000),
  CARER_TRANSITION_LEAD_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_CARER_TRANSITION_LEAD_DAYS)
    .default(DEFAULT_CARER_TRANSITION_LEAD_DAYS),
  FOLLOW_UP_AFTER_DAYS: z.coerce.number().int().min(1).max(730).default(90),
  REOPEN_WITHIN_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  ...REMINDER_ENVIRONMENT,
  ...IDENTITY_ENVIRONMENT,
  ...RATE_LIMIT_ENVIRONMENT,
  ...EVALUATION_ENVIRONMENT,
});

/** How journeys are followed up and corrected. */
export interface JourneySettings {
  /** Days after a guided conversation (or a follow-up that found the person still fine) to the next light-touch follow-up. */
  followUpAfterDays: number;
  /** Days after its closure within which a journey closed in error can be reopened. */
  reopenWithinDays: number;
}

/** Site-wide carer rules the API passes into each carer's workflow. */
export interface CarerSettings {
  /** The most a carer's personal budget may be, in pence (GBP); default £1,000. */
  budgetCapPence: number;
  /** Days ahead of a transition point (18th birthday, school move...) that it is noticed. */
  transitionLeadDays: number;
}

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  port: number;
  databaseUrl: string;
  redis: { url: string; prefix: string };
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    uiPort: number;
    cliPath?: string;
    workflowBundlePath?: string;
    payloadKey: Buffer;
    /** Web UI origins whose browsers may call the codec endpoint (CODEC_CORS_ORIGINS). */
    codecCorsOrigins: readonly string[];
  };
  /** Static bearer tokens: service accounts, and people's outside production. */
  staff: ReadonlyMap<string, StaffMember>;
  /** Each site's teams beyond those of its static-token staff (SITE_TEAMS). */
  siteTeams: Readonly<Record<string, readonly string[]>>;
  identity: IdentityConfig;
  /** How long a stated reason for access (break glass) opens a record. */
  breakGlassMinutes: number;
  /** The bearer token Prometheus scrapes /metrics with (not a staff token). */
  metricsToken: string;
  dataDir: string;
  carers: CarerSettings;
  journeys: JourneySettings;
  reminders: ReminderConfig;
  rateLimits: RateLimitConfig;
  evaluation: EvaluationConfig;
}

/**
 * Reads and validates the environment once. With nothing set it targets the embedded dev stack;
 * a bad value throws a ConfigError naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const vars = parsed.data;
  const missingInProduction = (['PAYLOAD_ENCRYPTION_KEY', 'METRICS_TOKEN', 'OIDC_ISSUER'] as const).filter(
    (name) => vars.NODE_ENV === 'production' && !vars[name],
  );
  if (missingInProduction.length) {
    throw new ConfigError(
      `Invalid configuration:\n  ${missingInProduction.map((name) => `${name}: required in production`).join('\n  ')}`,
    );
  }
  return {
    env: vars.NODE_ENV,
    logLevel: vars.LOG_LEVEL,
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL,
    redis: { url: vars.REDIS_URL, prefix: vars.REDIS_PREFIX },
    temporal: {
      address: vars.TEMPORAL_ADDRESS,
      namespace: vars.TEMPORAL_NAMESPACE,
      taskQueue: vars.TEMPORAL_TASK_QUEUE,
      uiPort: vars.TEMPORAL_UI_PORT,
      cliPath: vars.TEMPORAL_CLI_PATH,
      workflowBundlePath: vars.WORKFLOW_BUNDLE_PATH,
      payloadKey: Buffer.from(vars.PAYLOAD_ENCRYPTION_KEY ?? DEV_PAYLOAD_KEY, 'base64'),
      // Outside production, the dev server's own Web UI, by either name a person may type.
      codecCorsOrigins:
        vars.CODEC_CORS_ORIGINS ??
        (vars.NODE_ENV === 'production'
          ? []
          : [`http://localhost:${vars.TEMPORAL_UI_PORT}`, `http://127.0.0.1:${vars.TEMPORAL_UI_PORT}`]),
    },
    // Production starts with no static tokens unless service accounts are configured.
    staff: parseStaffTokens(
      vars.STAFF_TOKENS ?? (vars.NODE_ENV === 'production' ? '[]' : DEV_STAFF_TOKENS),
      vars.NODE_ENV,
    ),
    siteTeams: vars.SITE_TEAMS,
    identity: identityConfigFrom(vars),
    breakGlassMinutes: vars.BREAK_GLASS_MINUTES,
    metricsToken: vars.METRICS_TOKEN ?? DEV_METRICS_TOKEN,
    dataDir: vars.DATA_DIR,
    carers: { budgetCapPence: vars.CARER_BUDGET_CAP_PENCE, transitionLeadDays: vars.CARER_TRANSITION_LEAD_DAYS },
    journeys: { followUpAfterDays: vars.FOLLOW_UP_AFTER_DAYS, reopenWithinDays: vars.REOPEN_WITHIN_DAYS },
    reminders: reminderConfigFrom(vars),
    rateLimits: rateLimitConfigFrom(vars.NODE_ENV, vars),
    evaluation: evaluationConfigFrom(vars),
  };
}
