import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { JWK } from 'jose';
import { newSigningKey } from '../../infra/dev-stack/identity/signing-keys';
import { clientCredentialsToken, type SignIn, signInWithForms } from '../../infra/dev-stack/identity/sign-in';
import { freePort } from './ports';

/** The built provider: under dist/ from the test sources, beside this file's tree when it runs built (a benchmark). */
const PROVIDER_MAIN =
  [
    resolve(__dirname, '../../dist/infra/dev-stack/identity/main.js'),
    resolve(__dirname, '../../infra/dev-stack/identity/main.js'),
  ].find((candidate) => existsSync(candidate)) ?? resolve(__dirname, '../../dist/infra/dev-stack/identity/main.js');

export interface ProviderSettings {
  signingKeys: JWK[];
  accessTokenTtlSeconds: number;
  /** The care-team console the provider sends people back to (its registered client). */
  consoleBaseUrl?: string;
}

export interface RunningIdentityProvider {
  issuer: string;
  settings: ProviderSettings;
  /** A seeded staff member's access token, through the provider's forms (code flow with PKCE). */
  signIn(username: string, options?: Omit<SignIn, 'username'>): Promise<string>;
  /** A machine client's access token (client credentials). */
  machineToken(clientId: string, resource?: string): Promise<string>;
  /** Stops the provider and starts it again on the same port (the same issuer) with these settings. */
  restart(settings: Partial<ProviderSettings>): Promise<void>;
  stop(): Promise<void>;
}

async function spawnProvider(port: number, settings: ProviderSettings): Promise<ChildProcess> {
  const child = spawn(process.execPath, [PROVIDER_MAIN], {
    env: {
      ...process.env,
      DEV_OIDC_PORT: String(port),
      DEV_OIDC_SIGNING_KEYS: JSON.stringify(settings.signingKeys),
      DEV_OIDC_ACCESS_TOKEN_TTL_SECONDS: String(settings.accessTokenTtlSeconds),
      ...(settings.consoleBaseUrl ? { CONSOLE_BASE_URL: settings.consoleBaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, failed) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('identity provider listening')) ready();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => failed(new Error(`identity provider exited (${code}) before listening:\n${output}`)));
  });
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * The dev identity provider (from `npm run build`) as its own process on a free port, like the
 * Temporal dev server: real sign-ins through its forms, and restarts to rotate its keys.
 */
export async function startIdentityProvider(
  settings: Partial<ProviderSettings> = {},
): Promise<RunningIdentityProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const current: ProviderSettings = {
    signingKeys: settings.signingKeys ?? [await newSigningKey()],
    accessTokenTtlSeconds: settings.accessTokenTtlSeconds ?? 600,
    consoleBaseUrl: settings.consoleBaseUrl,
  };
  let child = await spawnProvider(port, current);
  return {
    issuer,
    get settings() {
      return current;
    },
    signIn: (username, options = {}) => signInWithForms(issuer, { username, ...options }),
    machineToken: (clientId, resource) => clientCredentialsToken(issuer, clientId, resource),
    async restart(changes) {
      await stopProcess(child);
      Object.assign(current, changes);
      child = await spawnProvider(port, current);
    },
    stop: () => stopProcess(child),
  };
}
