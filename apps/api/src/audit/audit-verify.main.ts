/**
 * `npm run audit:verify [-- --site <siteId>]`: walks every site's audit chain (or one site's) and
 * prints one JSON line per changed entry or gap, then each chain's head (note it: entries cut from
 * the end leave no gap) and a summary. Exits 1 if any chain is broken.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, createJsonLogger, loadConfig } from '@ipc/config';
import { AuditEntriesRepository, PersistenceModule } from '@ipc/persistence';

@Module({ imports: [ConfigModule, PersistenceModule] })
class AuditVerifyCommandModule {}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(AuditVerifyCommandModule, {
    logger: createJsonLogger(config),
  });
  try {
    const { entries, sites, breaks } = await app.get(AuditEntriesRepository).verify(option('--site'));
    for (const broken of breaks) process.stdout.write(`${JSON.stringify(broken)}\n`);
    for (const site of sites) process.stdout.write(`${JSON.stringify({ head: site })}\n`);
    process.stdout.write(`${JSON.stringify({ verified: breaks.length === 0, entries, breaks: breaks.length })}\n`);
    return breaks.length ? 1 : 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
