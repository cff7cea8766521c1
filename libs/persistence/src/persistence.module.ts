import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { DataSource } from 'typeorm';
import { BudgetsRepository } from './budgets/budgets.repository';
import { CarePlansRepository } from './care-plans/care-plans.repository';
import { createDataSource } from './data-source';
import { JourneyRecordsRepository } from './journeys/journey-records.repository';
import { ParticipantsRepository } from './participants/participants.repository';
import { ReviewsRepository } from './reviews/reviews.repository';
import { SpendRepository } from './spend/spend.repository';
import { TimelineRepository } from './timeline.repository';

const JOURNEY_REPOSITORIES = [
  ParticipantsRepository,
  CarePlansRepository,
  BudgetsRepository,
  SpendRepository,
  ReviewsRepository,
  JourneyRecordsRepository,
];

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
    ...JOURNEY_REPOSITORIES,
  ],
  exports: [DataSource, TimelineRepository, ...JOURNEY_REPOSITORIES],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
