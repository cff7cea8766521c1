import {
  BudgetsRepository,
  CarePlansRepository,
  JourneyRecordsRepository,
  ReviewsRepository,
  SpendRepository,
} from '@ipc/persistence';
import type { DataSource } from 'typeorm';

/** The repositories the journey's activities take, over a test's DataSource (as the worker builds them). */
export function journeyActivityRepositories(dataSource: DataSource) {
  return {
    journeyRecords: new JourneyRecordsRepository(dataSource),
    reviews: new ReviewsRepository(dataSource),
    carePlans: new CarePlansRepository(dataSource),
    spend: new SpendRepository(dataSource),
    budgets: new BudgetsRepository(dataSource),
  };
}
