import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { ApiMetrics } from '../metrics/metrics';
import { ProgrammeReadModelsRepository } from '@ipc/persistence';

/**
 * Programme figures that are gauges or counters, for Prometheus: journeys at each stage now, journey
 * steps recorded and reminders by outcome, per site, read at each scrape. The first two come from
 * roll-ups (their size grows with days and stages, not people); each scrape also folds the change
 * ledgers, so with Prometheus scraping they never grow large between reads of the figures.
 */
@Injectable()
export class ProgrammeMetrics implements OnModuleInit {
  private readonly logger = new Logger(ProgrammeMetrics.name);

  constructor(
    private readonly metrics: ApiMetrics,
    private readonly readModels: ProgrammeReadModelsRepository,
  ) {}

  onModuleInit(): void {
    const { readModels, logger } = this;
    const registers = [this.metrics.registry];
    // A failed read keeps the last values rather than failing the whole scrape.
    const safely = async (what: string, read: () => Promise<void>) => {
      try {
        await read();
      } catch (error) {
        logger.warn(`could not read ${what} for /metrics: ${String(error)}`);
      }
    };

    new Gauge({
      name: 'ipc_journeys_by_stage',
      help: 'Journeys at each stage now, by site',
      labelNames: ['site', 'stage'] as const,
      registers,
      async collect() {
        await safely('journeys by stage', async () => {
          await readModels.fold('stays');
          await readModels.fold('takeUp');
          const rows = await readModels.journeysByStage();
          this.reset();
          for (const { siteId, stage, people } of rows) this.set({ site: siteId, stage }, people);
        });
      },
    });

    new Counter({
      name: 'ipc_journey_steps_recorded_total',
      help: 'Journey steps recorded (referral included), by site and step',
      labelNames: ['site', 'step'] as const,
      registers,
      async collect() {
        await safely('steps recorded', async () => {
          await readModels.fold('steps');
          const rows = await readModels.stepsRecorded();
          this.reset();
          for (const { siteId, step, steps } of rows) this.inc({ site: siteId, step }, steps);
        });
      },
    });

    new Gauge({
      name: 'ipc_reminders_by_outcome',
      help: 'Reminders by where their delivery stands (queued, sending, sent, failed), by site',
      labelNames: ['site', 'outcome'] as const,
      registers,
      async collect() {
        await safely('reminders by outcome', async () => {
          const rows = await readModels.remindersByOutcome();
          this.reset();
          for (const { siteId, outcome, reminders } of rows) this.set({ site: siteId, outcome }, reminders);
        });
      },
    });
  }
}
