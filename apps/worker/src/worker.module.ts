import { Module } from '@nestjs/common';
import { ConfigModule, loggingModule } from '@ipc/config';
import { PersistenceModule } from '@ipc/persistence';
import { JourneyWorkerService } from './journey-worker.service';
import { ReminderDeliveryModule } from './reminder-delivery.module';

@Module({
  imports: [ConfigModule, loggingModule(), PersistenceModule, ReminderDeliveryModule],
  providers: [JourneyWorkerService],
})
export class WorkerModule {}
