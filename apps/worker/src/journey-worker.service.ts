import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, tracingConfigured } from '@ipc/config';
import { ReminderProducer } from '@ipc/notifications';
import {
  BudgetsRepository,
  CarePlansRepository,
  JourneyRecordsRepository,
  ReviewsRepository,
  SpendRepository,
  CarersRepository,
  CaseAssignmentsRepository,
} from '@ipc/persistence';
import { createDataConverter, workflowCodeOptions } from '@ipc/temporal';
import type { Context } from '@temporalio/activity';
import { OpenTelemetryActivityInboundInterceptor } from '@temporalio/interceptors-opentelemetry';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createCarerActivities } from './activities/carer.activities';
import { createJourneyActivities } from './activities/journey.activities';
import { createReminderActivities } from './activities/reminder.activities';
import { activityRetryAlerts } from './activity-retry-alerts';

/**
 * Runs the Temporal worker for the journey task queue. Shutdown drains in-flight tasks before the
 * process exits; a crash of the worker's run ends the process so a supervisor restarts it.
 */
@Injectable()
export class JourneyWorkerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JourneyWorkerService.name);
  private worker?: Worker;
  private connection?: NativeConnection;
  private running?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ReminderProducer) private readonly reminders: ReminderProducer,
    private readonly journeyRecords: JourneyRecordsRepository,
    private readonly reviews: ReviewsRepository,
    private readonly carePlans: CarePlansRepository,
    private readonly spend: SpendRepository,
    private readonly budgets: BudgetsRepository,
    @Inject(CarersRepository) private readonly carers: CarersRepository,
    private readonly holders: CaseAssignmentsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { temporal } = this.config;
    this.connection = await NativeConnection.connect({ address: temporal.address });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: temporal.namespace,
      taskQueue: temporal.taskQueue,
      dataConverter: createDataConverter(temporal.payloadKey),
      activities: {
        ...createJourneyActivities({
          journeyRecords: this.journeyRecords,
          reviews: this.reviews,
          carePlans: this.carePlans,
          spend: this.spend,
          budgets: this.budgets,
          reviewReminders: this.config.reminders,
        }),
        ...createReminderActivities({ producer: this.reminders, carers: this.carers, holders: this.holders }),
        ...createCarerActivities({
          carers: this.carers,
          requestReminder: (input) => this.reminders.request(input),
        }),
      },
      interceptors: {
        activity: [
          activityRetryAlerts(this.logger),
          ...(tracingConfigured()
            ? [(ctx: Context) => ({ inbound: new OpenTelemetryActivityInboundInterceptor(ctx) })]
            : []),
        ],
      },
      ...workflowCodeOptions(temporal.workflowBundlePath),
    });
    this.running = this.worker.run().catch((error: unknown) => {
      this.logger.error(`worker stopped: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
    this.logger.log(`polling task queue ${temporal.taskQueue} at ${temporal.address}`);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running;
    await this.connection?.close();
    this.logger.log('worker drained and stopped');
  }
}
