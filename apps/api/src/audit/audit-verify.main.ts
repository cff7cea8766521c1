/**
 * `npm run audit:verify [-- --site <siteId>]`: walks every site's audit chain (or one site's) and
 * prints one JSON line per changed entry or gap, then each chain's head (note it: entries cut from
 * the end leave no gap) and a summary. Exits 1 if any chain is broken.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@ipc/config';
import { AuditEntriesRepository, PersistenceModule } from '@ipc/persistence';
import { commandOption, runCommand } from '../common/command-line';

@Module({ imports: [ConfigModule, PersistenceModule] })
class AuditVerifyCommandModule {}

runCommand(AuditVerifyCommandModule, async (app) => {
  const { entries, sites, breaks } = await app.get(AuditEntriesRepository).verify(commandOption('--site'));
  for (const broken of breaks) process.stdout.write(`${JSON.stringify(broken)}\n`);
  for (const site of sites) process.stdout.write(`${JSON.stringify({ head: site })}\n`);
  process.stdout.write(`${JSON.stringify({ verified: breaks.length === 0, entries, breaks: breaks.length })}\n`);
  return breaks.length ? 1 : 0;
});
