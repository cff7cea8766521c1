/**
 * `npm run recover [-- --dry-run] [-- --site <siteId>]`: finds every open journey and carer whose
 * workflow is missing or has ended and rebuilds each from PostgreSQL, with the configuration a
 * running stack uses (the same environment variables). Prints one JSON line per case and exits 1
 * if any record could not be rebuilt.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@ipc/config';
import { PersistenceModule } from '@ipc/persistence';
import { installTemporalRuntime, TemporalClientModule } from '@ipc/temporal';
import { CaseWorkflowClient } from '../cases/case-workflow.client';
import { commandOption, runCommand } from '../common/command-line';
import { CaseRecoveryService } from './case-recovery.service';

@Module({
  imports: [ConfigModule, PersistenceModule, TemporalClientModule],
  providers: [CaseRecoveryService, CaseWorkflowClient],
})
class RecoveryCommandModule {}

runCommand(
  RecoveryCommandModule,
  async (app) => {
    const recovery = app.get(CaseRecoveryService);
    const siteId = commandOption('--site');
    const cases = process.argv.includes('--dry-run')
      ? await recovery.findStranded(siteId)
      : await recovery.recover(siteId);
    for (const found of cases) process.stdout.write(`${JSON.stringify(found)}\n`);
    const refused = cases.filter((found) => 'outcome' in found && found.outcome === 'refused').length;
    process.stdout.write(`${JSON.stringify({ found: cases.length, refused })}\n`);
    return refused ? 1 : 0;
  },
  (config) => installTemporalRuntime(config.logLevel),
);
