/**
 * The dev identity provider as its own process (`npm start` starts it; the tests start one per
 * file on a free port). Prints one JSON line with the issuer once it is listening.
 */
import { join } from 'node:path';
import { DEFAULT_DEV_OIDC_PORT, DEFAULT_OIDC_AUDIENCE, loadConsoleConfig } from '@ipc/config';
import type { JWK } from 'jose';
import { z } from 'zod';
import { startDevIdentityProvider } from './dev-identity-provider';
import { signingKeysIn } from './signing-keys';

const environment = z.object({
  DEV_OIDC_PORT: z.coerce.number().int().min(1).max(65535).default(DEFAULT_DEV_OIDC_PORT),
  OIDC_AUDIENCE: z.string().min(1).default(DEFAULT_OIDC_AUDIENCE),
  DATA_DIR: z.string().min(1).default('.data'),
  /** The signing keys as a JSON array of private JWKs, instead of the file in DATA_DIR (the tests rotate them). */
  DEV_OIDC_SIGNING_KEYS: z.string().min(1).optional(),
  DEV_OIDC_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
});

async function main(): Promise<void> {
  const vars = environment.parse(process.env);
  const issuer = `http://127.0.0.1:${vars.DEV_OIDC_PORT}`;
  const signingKeys = vars.DEV_OIDC_SIGNING_KEYS
    ? (JSON.parse(vars.DEV_OIDC_SIGNING_KEYS) as JWK[])
    : await signingKeysIn(join(vars.DATA_DIR, 'oidc-signing-keys.json'));
  const provider = await startDevIdentityProvider({
    issuer,
    port: vars.DEV_OIDC_PORT,
    audience: vars.OIDC_AUDIENCE,
    signingKeys,
    accessTokenTtlSeconds: vars.DEV_OIDC_ACCESS_TOKEN_TTL_SECONDS,
    consoleBaseUrl: loadConsoleConfig().baseUrl,
  });
  process.stdout.write(`${JSON.stringify({ level: 'info', msg: 'identity provider listening', issuer })}\n`);
  const stop = () => void provider.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`identity provider failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
