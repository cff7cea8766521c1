/**
 * `npm run recover [-- --dry-run] [-- --site <siteId>]`: finds every open journey and carer whose
 * workflow is missing or has ended and rebuilds each from PostgreSQL, with the configuration a
 * running stack uses (the same environment variables). Prints one JSON line per case and exits 1
 * if any record could not be rebuilt.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule, createJsonLogger, loadConfig } from '@ipc/config';
import { PersistenceModule } from '@ipc/persistence';
import { installTemporalRuntime, TemporalClientModule } from '@ipc/temporal';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { CaseRecoveryService } from './case-recovery.service';

@Module({
  imports: [ConfigModule, PersistenceModule, TemporalClientModule],
  providers: [CaseRecoveryService, CaseWorkflowClient],
})
class RecoveryCommandModule {}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<number> {
  const config = loadConfig();
  installTemporalRuntime(config.logLevel);
  const app = await NestFactory.createApplicationContext(RecoveryCommandModule, { logger: createJsonLogger(config) });
  try {
    const recovery = app.get(CaseRecoveryService);
    const siteId = option('--site');
    const cases = process.argv.includes('--dry-run')
      ? await recovery.findStranded(siteId)
      : await recovery.recover(siteId);
    for (const found of cases) process.stdout.write(`${JSON.stringify(found)}\n`);
    const refused = cases.filter((found) => 'outcome' in found && found.outcome === 'refused').length;
    process.stdout.write(`${JSON.stringify({ found: cases.length, refused })}\n`);
    return refused ? 1 : 0;
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
