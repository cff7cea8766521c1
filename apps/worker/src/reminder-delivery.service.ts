import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { ReminderDelivery } from '@ipc/notifications';
import { RemindersRepository } from '@ipc/persistence';

/** How long shutdown waits for in-flight deliveries; one cut off is retried by another worker. */
const DRAIN_TIMEOUT_MS = 10_000;

/** Runs the BullMQ worker that delivers reminders, beside the Temporal worker in the worker process. */
@Injectable()
export class ReminderDeliveryService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ReminderDeliveryService.name);
  private delivery?: ReminderDelivery;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.delivery = ReminderDelivery.start({ config: this.config, reminders: this.reminders, logger: this.logger });
    await this.delivery.worker.waitUntilReady();
    this.logger.log(`delivering reminders from queue prefix ${this.config.redis.prefix}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.delivery?.close(DRAIN_TIMEOUT_MS);
    this.logger.log('reminder delivery stopped');
  }
}
