import { Inject, Injectable } from '@nestjs/common';
import type { JourneyView } from '@ipc/domain';
import { DataSource, EntityManager } from 'typeorm';
import {
  type BudgetStatementRecord,
  BudgetsRepository,
  type PersonalBudgetVersion,
} from '../budgets/budgets.repository';
import { CarePlansRepository, type NewCarePlanVersion } from '../care-plans/care-plans.repository';
import { managerOf } from '../manager-of';
import { type JourneyTimelineEntry, ParticipantsRepository } from '../participants/participants.repository';

/** Everything one accepted journey step leaves in PostgreSQL besides the workflow's own history. */
export interface JourneyStepRecords {
  entry: JourneyTimelineEntry;
  /** The journey after the step: the participant read model follows it. */
  journey: JourneyView;
  /** For a review: the date it was due when held. */
  reviewDueOn?: string | null;
  carePlanVersion?: NewCarePlanVersion;
  carePlanAgreement?: { version: number; agreedOn: string | null };
  statement?: BudgetStatementRecord;
  budgetVersion?: PersonalBudgetVersion;
  /** A correction's effect on the read models that follow the timeline's dates and stages. */
  correction?:
    | { kind: 'effective-date'; sequence: number; originalDate: string; amendedDate: string }
    | { kind: 'stepped-back'; sequence: number };
}

/**
 * Writes what the journey workflow's activities persist, each in one transaction. Keyed by the
 * step's request id: when the timeline already has it (a retried activity), nothing else is written
 * again, and the read model's sequence guard keeps a late write from overwriting a newer stage.
 */
@Injectable()
export class JourneyRecordsRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  async recordStep(records: JourneyStepRecords): Promise<void> {
    await this.manager.transaction(async (manager) => {
      const participants = new ParticipantsRepository(manager);
      const { entry } = records;
      if (!(await participants.addTimelineEntry(entry))) return;
      if (records.reviewDueOn) {
        await participants.setReviewDueOn(entry.participantId, entry.requestId, records.reviewDueOn);
      }
      await participants.updateReadModel(records.journey);
      const { correction } = records;
      if (correction?.kind === 'effective-date') {
        const { sequence, originalDate, amendedDate } = correction;
        await participants.moveStepDate(entry.participantId, sequence, originalDate, amendedDate);
      }
      if (correction?.kind === 'stepped-back') {
        await participants.foldSteppedBackStay(entry.participantId, correction.sequence, entry.sequence);
      }
      const carePlans = new CarePlansRepository(manager);
      if (records.carePlanVersion) await carePlans.addVersion(records.carePlanVersion);
      if (records.carePlanAgreement) {
        const { version, agreedOn } = records.carePlanAgreement;
        await carePlans.markAgreed(entry.participantId, version, agreedOn);
      }
      const budgets = new BudgetsRepository(manager);
      if (records.statement) await budgets.addStatement(records.statement);
      if (records.budgetVersion) await budgets.addBudgetVersion(records.budgetVersion);
    });
  }

  /** The annual statement once per period, and its entry on the timeline (which moves the read model on). */
  async recordAnnualStatement(records: {
    statement: BudgetStatementRecord;
    entry: JourneyTimelineEntry;
    journey: JourneyView;
  }): Promise<void> {
    await this.manager.transaction(async (manager) => {
      await new BudgetsRepository(manager).addStatement(records.statement);
      const participants = new ParticipantsRepository(manager);
      if (await participants.addTimelineEntry(records.entry)) await participants.updateReadModel(records.journey);
    });
  }
}
