import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ipc/config';
import { DataSource } from 'typeorm';
import { RecordAccessRepository } from './access/record-access.repository';
import { BudgetApprovalsRepository } from './budgets/budget-approvals.repository';
import { AuditEntriesRepository } from './audit/audit-entries.repository';
import { BudgetsRepository } from './budgets/budgets.repository';
import { CarePlansRepository } from './care-plans/care-plans.repository';
import { CarersRepository } from './carers/carers.repository';
import { CaseAssignmentsRepository, CaseloadRepository } from './caseload';
import { CaseRecoveryRepository } from './recovery/case-recovery.repository';
import { ConsentDecisionsRepository } from './consent/consent-decisions.repository';
import { CrisisEventsRepository } from './outcomes/crisis-events.repository';
import { QualityOfLifeRepository } from './outcomes/quality-of-life.repository';
import { createDataSource } from './data-source';
import { EvaluationExtractRepository } from './evaluation/evaluation-extract.repository';
import { StudyArmsRepository } from './evaluation/study-arms.repository';
import { DataReturnRepository } from './returns/data-return.repository';
import { DatabaseHealthRepository } from './health/database-health.repository';
import { IdempotencyKeysRepository } from './idempotency/idempotency-keys.repository';
import { JourneyRecordsRepository } from './journeys/journey-records.repository';
import { ParticipantsRepository } from './participants/participants.repository';
import { PeopleSearchRepository } from './people/people-search.repository';
import { PersonDetailsRepository } from './people/person-details.repository';
import { DemographicsRepository } from './programme/demographics.repository';
import { ProgrammeReadModelsRepository } from './programme/programme-read-models.repository';
import { OutcomeFiguresRepository } from './programme/outcome-figures.repository';
import { SiteSettingsRepository } from './programme/site-settings.repository';
import { ContactPreferencesRepository } from './reminders/contact-preferences.repository';
import { RemindersRepository } from './reminders/reminders.repository';
import { ReviewsRepository } from './reviews/reviews.repository';
import { SpendRepository } from './spend/spend.repository';
import { TimelineRepository } from './timeline.repository';

/** The repositories every process may inject, each over the process's one DataSource. */
const REPOSITORIES = [
  BudgetApprovalsRepository,
  AuditEntriesRepository,
  BudgetsRepository,
  CarePlansRepository,
  CarersRepository,
  CaseAssignmentsRepository,
  CaseloadRepository,
  CaseRecoveryRepository,
  ConsentDecisionsRepository,
  ContactPreferencesRepository,
  CrisisEventsRepository,
  DataReturnRepository,
  DatabaseHealthRepository,
  DemographicsRepository,
  EvaluationExtractRepository,
  IdempotencyKeysRepository,
  JourneyRecordsRepository,
  OutcomeFiguresRepository,
  ParticipantsRepository,
  PeopleSearchRepository,
  PersonDetailsRepository,
  ProgrammeReadModelsRepository,
  QualityOfLifeRepository,
  RecordAccessRepository,
  RemindersRepository,
  ReviewsRepository,
  SiteSettingsRepository,
  SpendRepository,
  StudyArmsRepository,
  TimelineRepository,
];

/** Provides the one DataSource of a process, connected at start-up and closed at shutdown, and the repositories. */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createDataSource(config.databaseUrl).initialize(),
    },
    ...REPOSITORIES,
  ],
  exports: [DataSource, ...REPOSITORIES],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
