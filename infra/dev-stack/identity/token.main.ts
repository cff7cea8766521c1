/**
 * `npm run token -- <username> [--role <person_roleid>]` signs a seeded staff member in at the dev
 * provider (its real login and consent forms, code flow with PKCE) and prints their access token;
 * `npm run token -- --client <client id>` prints a machine client's. For curl:
 * `curl -H "Authorization: Bearer $(npm run -s token -- coordinator)" localhost:3000/api/v1/participants`.
 */
import { loadConfig } from '@ipc/config';
import { SEEDED_STAFF } from './seeded-staff';
import { clientCredentialsToken, signInWithForms } from './sign-in';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const { issuer } = loadConfig().identity;
  const client = option('--client');
  const username = process.argv
    .slice(2)
    .find((argument, index, all) => !argument.startsWith('--') && !all[index - 1]?.startsWith('--'));
  if (!client && !username) {
    const users = SEEDED_STAFF.map(
      (staff) => `${staff.username} (${staff.roles.map((role) => role.role_code).join(', ')})`,
    );
    throw new Error(`name a seeded user: ${users.join('; ')}; or --client ipc-dev-reporting`);
  }
  const token = client
    ? await clientCredentialsToken(issuer, client)
    : await signInWithForms(issuer, { username: username as string, role: option('--role') });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
