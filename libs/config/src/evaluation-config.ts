import { z } from 'zod';
import { json } from './identity-config';

/**
 * Public, for the dev stack and tests only: outside production a site without a secret of its own
 * pseudonymises with this one. In production a site needs its own (the extract is refused without).
 */
const DEV_EVALUATION_SECRET = 'ipc-dev-evaluation-secret-not-for-real-data';

const secret = z.string().regex(/^\S{32,}$/, 'must be at least 32 characters, without spaces');

/** The evaluation variables, merged into the one environment schema in app-config.ts. */
export const EVALUATION_ENVIRONMENT = {
  /** Each site's secret for the evaluation extract's keyed hash of NHS numbers: {"<siteId>": "<secret>"}. */
  EVALUATION_HASH_SECRETS: json.pipe(z.record(z.string().min(1), secret)).optional(),
};

type EvaluationEnvironment = z.output<z.ZodObject<typeof EVALUATION_ENVIRONMENT>> & { NODE_ENV: string };

export interface EvaluationConfig {
  /** The site's secret for HMAC-SHA-256 pseudonyms; undefined when the site has none. */
  hashSecretOf(siteId: string): string | undefined;
}

export function evaluationConfigFrom(vars: EvaluationEnvironment): EvaluationConfig {
  const secrets = new Map(Object.entries(vars.EVALUATION_HASH_SECRETS ?? {}));
  const fallback = vars.NODE_ENV === 'production' ? undefined : DEV_EVALUATION_SECRET;
  return { hashSecretOf: (siteId) => secrets.get(siteId) ?? fallback };
}
