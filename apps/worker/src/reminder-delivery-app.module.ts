import { Module } from '@nestjs/common';
import { ConfigModule, loggingModule } from '@ipc/config';
import { PersistenceModule } from '@ipc/persistence';
import { ReminderDeliveryModule } from './reminder-delivery.module';

/** A process that only delivers reminders (no Temporal worker): to scale delivery on its own. */
@Module({ imports: [ConfigModule, loggingModule(), PersistenceModule, ReminderDeliveryModule] })
export class ReminderDeliveryAppModule {}
