import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** A new ES256 signing key as a private JWK with its own key id. */
export async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' };
}

/** The provider's keys kept in a file, made on first start, so tokens survive a restart of the dev stack. */
export async function signingKeysIn(file: string): Promise<JWK[]> {
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as JWK[];
  const keys = [await newSigningKey()];
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}
