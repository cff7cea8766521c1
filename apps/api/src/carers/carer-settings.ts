import { ConfigError } from '@ipc/config';
import { DEFAULT_CARER_TRANSITION_LEAD_DAYS, MAX_CARER_TRANSITION_LEAD_DAYS } from '@ipc/domain';
import { z } from 'zod';

export const CARER_SETTINGS = Symbol('CARER_SETTINGS');

/** Site-wide carer rules the API passes into each carer's workflow. */
export interface CarerSettings {
  /** The most a carer's personal budget may be, in pence (GBP); default £1,000. */
  budgetCapPence: number;
  /** Days ahead of a transition point (18th birthday, school move...) that it is noticed. */
  transitionLeadDays: number;
}

const schema = z.object({
  CARER_BUDGET_CAP_PENCE: z.coerce.number().int().min(1).max(10_000_000_00).default(100_000),
  CARER_TRANSITION_LEAD_DAYS: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_CARER_TRANSITION_LEAD_DAYS)
    .default(DEFAULT_CARER_TRANSITION_LEAD_DAYS),
});

/**
 * Read and validated once, when the API starts; a bad value names its variable. Kept beside the
 * carers feature for now; it belongs in loadConfig (libs/config) once that file is free to change.
 */
export function carerSettingsFrom(env: NodeJS.ProcessEnv = process.env): CarerSettings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return {
    budgetCapPence: parsed.data.CARER_BUDGET_CAP_PENCE,
    transitionLeadDays: parsed.data.CARER_TRANSITION_LEAD_DAYS,
  };
}
