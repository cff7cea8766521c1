import type {
  BudgetFigures,
  BudgetHolderRow,
  CohortCountRow,
  CohortStageRow,
  ProgrammeReadModelsRepository,
  ReviewFigures,
} from '@ipc/persistence';
import type { StageEntryRow, StayLengthRow, TakeUpRow } from '@ipc/domain';

type Reads = Omit<ProgrammeReadModelsRepository, 'dataSource'>;

/** The programme read models as rows a spec sets; `folds` records which ledgers were folded for which site. */
export class InMemoryProgrammeReadModelsRepository implements Reads {
  readonly folds: string[] = [];
  entries: StageEntryRow[] = [];
  people: CohortStageRow[] = [];
  stays: StayLengthRow[] = [];
  takeUps: TakeUpRow[] = [];
  withPlan: CohortCountRow[] = [];
  holders: BudgetHolderRow[] = [];
  budgetFigures: BudgetFigures = {
    available: true,
    byFunder: [],
    byDeployment: [],
    indicativeAgainstFinal: { budgets: 0, indicativeTotalPence: 0, finalTotalPence: 0, differencePence: 0 },
  };
  reviewFigures: ReviewFigures = { available: true, onTime: 0, late: 0, overdue: 0 };

  async fold(ledger: string, siteId?: string) {
    this.folds.push(`${ledger}:${siteId ?? 'all'}`);
  }
  async stageEntries() {
    return this.entries;
  }
  async peopleNow() {
    return this.people;
  }
  async stayLengths() {
    return this.stays;
  }
  async takeUp() {
    return this.takeUps;
  }
  async openWithCarePlan() {
    return this.withPlan;
  }
  async budgets() {
    return this.budgetFigures;
  }
  async budgetHolders() {
    return this.holders;
  }
  async reviews() {
    return this.reviewFigures;
  }
  async journeysByStage() {
    return [];
  }
  async stepsRecorded() {
    return [];
  }
  async remindersByOutcome() {
    return [];
  }
}
