import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { TimelineRepository } from './timeline.repository';

/** Provides the one DataSource of a process, connected at start-up and closed at shutdown, and the repositories on it. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createDataSource(config.databaseUrl).initialize(),
    },
    TimelineRepository,
  ],
  exports: [DataSource, TimelineRepository],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
