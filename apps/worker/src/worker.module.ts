import { Module } from '@nestjs/common';
import { ConfigModule } from '@ipc/config';
import { PersistenceModule } from '@ipc/persistence';
import { JourneyWorkerService } from './journey-worker.service';

@Module({
  imports: [ConfigModule, PersistenceModule],
  providers: [JourneyWorkerService],
})
export class WorkerModule {}
