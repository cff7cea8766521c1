import { join } from 'node:path';
import { INFORMATION_FORMATS, REMINDER_PURPOSES } from '@ipc/domain';
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Notify API keys are `{key name}-{service id}-{secret}`, both ids UUIDs. */
const NOTIFY_API_KEY = /^.+-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

const positiveInt = z.coerce.number().int().min(1);

const templateSchema = z.object({
  purpose: z.enum(REMINDER_PURPOSES),
  channel: z.enum(['email', 'sms', 'letter']),
  format: z.enum(INFORMATION_FORMATS),
  language: z.string().regex(LANGUAGE, 'must be a language code such as en or cy'),
  templateId: z.string().regex(UUID, 'must be a Notify template id (a UUID)'),
});
export type NotifyTemplateEntry = z.infer<typeof templateSchema>;

const jsonArray = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be JSON' });
    return z.NEVER;
  }
});

const leadDays = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be whole days separated by commas, such as 28,7')
  .transform((text) => [...new Set(text.split(',').map(Number))].sort((a, b) => b - a));

/** The reminder variables, merged into the one environment schema in app-config.ts. */
export const REMINDER_ENVIRONMENT = {
  NOTIFY_BASE_URL: z.url({ protocol: /^https?$/ }).default('https://api.notifications.service.gov.uk'),
  NOTIFY_API_KEY: z.string().regex(NOTIFY_API_KEY, 'must be a GOV.UK Notify API key').optional(),
  NOTIFY_TEMPLATES: jsonArray.pipe(z.array(templateSchema)).default([]),
  NOTIFY_CALLBACK_TOKEN: z.string().min(10, 'must be at least 10 characters, as Notify requires').optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().min(3).default('IPC reminders <reminders@ipc.localhost>'),
  REMINDER_ATTEMPTS: positiveInt.max(50).default(5),
  REMINDER_BACKOFF_MS: positiveInt.default(30_000),
  REMINDER_CONCURRENCY: positiveInt.max(500).default(20),
  REMINDER_LOCK_MS: positiveInt.min(1000).default(30_000),
  REMINDER_PROVIDER_TIMEOUT_MS: positiveInt.default(10_000),
  REMINDER_REQUEUE_AFTER_MS: positiveInt.default(300_000),
  REMINDER_REQUEUE_INTERVAL_MS: positiveInt.default(60_000),
  REMINDER_RATE_WINDOW_MS: positiveInt.default(1000),
  REMINDER_RATE_EMAIL: positiveInt.default(25),
  REMINDER_RATE_SMS: positiveInt.default(20),
  REMINDER_RATE_LETTER: positiveInt.default(5),
  REMINDER_RATE_OUTBOX: positiveInt.default(1000),
  REMINDER_LEAD_DAYS: leadDays.default([28, 7]),
  ESCALATION_AFTER_DAYS: positiveInt.default(7),
};

type ReminderEnvironment = z.output<z.ZodObject<typeof REMINDER_ENVIRONMENT>>;

export type DeliveryChannel = 'email' | 'sms' | 'letter' | 'outbox';

export interface ReminderConfig {
  /** Without an API key, nothing goes to Notify: email falls to SMTP (if set) and the rest to the outbox. */
  notify: { baseUrl: string; apiKey?: string; templates: NotifyTemplateEntry[]; callbackToken?: string };
  smtp?: { url: string; from: string };
  outboxDir: string;
  attempts: number;
  backoffMs: number;
  concurrency: number;
  lockMs: number;
  providerTimeoutMs: number;
  /** A reminder still queued or sending this long is enqueued again (its job id makes that harmless). */
  requeueAfterMs: number;
  requeueIntervalMs: number;
  /**
   * At most `max` deliveries per `windowMs` on each channel, across every delivery worker. The
   * defaults add up to 50 a second, GOV.UK Notify's limit of 3,000 messages a minute per service.
   */
  rateLimits: { windowMs: number; max: Record<DeliveryChannel, number> };
  /** For the scheduling side: days before a due date to remind, and days overdue before escalating. */
  leadDays: number[];
  escalationAfterDays: number;
}

export function reminderConfigFrom(vars: ReminderEnvironment & { DATA_DIR: string }): ReminderConfig {
  return {
    notify: {
      baseUrl: vars.NOTIFY_BASE_URL,
      apiKey: vars.NOTIFY_API_KEY,
      templates: vars.NOTIFY_TEMPLATES,
      callbackToken: vars.NOTIFY_CALLBACK_TOKEN,
    },
    smtp: vars.SMTP_URL ? { url: vars.SMTP_URL, from: vars.SMTP_FROM } : undefined,
    outboxDir: join(vars.DATA_DIR, 'outbox'),
    attempts: vars.REMINDER_ATTEMPTS,
    backoffMs: vars.REMINDER_BACKOFF_MS,
    concurrency: vars.REMINDER_CONCURRENCY,
    lockMs: vars.REMINDER_LOCK_MS,
    providerTimeoutMs: vars.REMINDER_PROVIDER_TIMEOUT_MS,
    requeueAfterMs: vars.REMINDER_REQUEUE_AFTER_MS,
    requeueIntervalMs: vars.REMINDER_REQUEUE_INTERVAL_MS,
    rateLimits: {
      windowMs: vars.REMINDER_RATE_WINDOW_MS,
      max: {
        email: vars.REMINDER_RATE_EMAIL,
        sms: vars.REMINDER_RATE_SMS,
        letter: vars.REMINDER_RATE_LETTER,
        outbox: vars.REMINDER_RATE_OUTBOX,
      },
    },
    leadDays: vars.REMINDER_LEAD_DAYS,
    escalationAfterDays: vars.ESCALATION_AFTER_DAYS,
  };
}
