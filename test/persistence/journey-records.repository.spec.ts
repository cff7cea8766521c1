import type { JourneyView, StatementView } from '@ipc/domain';
import {
  BudgetsRepository,
  CarePlansRepository,
  JourneyRecordsRepository,
  type JourneyStepRecords,
  ParticipantsRepository,
} from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { deliveryJourney, personalBudget } from '../factories/participant.factory';
import { ALL, openOwnDatabase, referralEntry, referredParticipant } from './journey-fixtures';

describe(JourneyRecordsRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let records: JourneyRecordsRepository;
  let participants: ParticipantsRepository;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    records = new JourneyRecordsRepository(dataSource);
    participants = new ParticipantsRepository(dataSource);
  });
  afterAll(() => close());

  /** A budget step in delivery, with every record a step can leave. */
  async function budgetStep(): Promise<Required<Omit<JourneyStepRecords, 'correction'>>> {
    const participant = await referredParticipant(dataSource);
    const journey = deliveryJourney({ participantId: participant.id, siteId: participant.siteId });
    const budget = personalBudget();
    return {
      entry: {
        ...referralEntry(participant),
        requestId: 'budget-1',
        sequence: 9,
        step: 'budget',
        fromStage: 'plan-agreed',
        toStage: 'delivery',
        effectiveOn: '2026-10-15',
        journeyAfter: journey,
      },
      journey,
      reviewDueOn: '2026-12-10',
      carePlanVersion: {
        participantId: participant.id,
        version: 1,
        requestId: 'budget-1',
        coordinatorId: 'coordinator-a',
        totalAnnualCostPence: 968_050,
      },
      carePlanAgreement: { version: 1, agreedOn: '2026-10-08' },
      statement: {
        participantId: participant.id,
        kind: 'indicative',
        statementKey: 'budget-1',
        issuedOn: '2026-10-15',
        period: null,
        largePrint: false,
        content: { kind: 'indicative' } as unknown as StatementView,
      },
      budgetVersion: {
        participantId: participant.id,
        version: 1,
        requestId: 'budget-1',
        startDate: budget.startDate,
        totalPence: budget.totalPence,
        byFunder: budget.byFunder,
        contributionPence: budget.contributionPence,
        parts: budget.parts,
        approvedBy: null,
        indicativeTotalPence: null,
        effectiveOn: '2026-10-15',
      },
    };
  }

  const reviewDueOn = async (participantId: string) =>
    (
      await dataSource.query(
        `SELECT to_char(review_due_on, 'YYYY-MM-DD') AS due FROM journey_steps WHERE participant_id = $1 AND sequence > 0`,
        [participantId],
      )
    ).map((row: { due: string }) => row.due);
  const budgetTotals = async (participantId: string) =>
    (
      await dataSource.query(`SELECT total_pence::integer AS total FROM personal_budgets WHERE participant_id = $1`, [
        participantId,
      ])
    ).map((row: { total: number }) => row.total);

  describe('recordStep', () => {
    it('should write the timeline entry, the read model and the step’s plan, statement and budget records', async () => {
      const step = await budgetStep();
      const { participantId } = step.entry;
      await records.recordStep(step);
      const participant = await participants.findAtSite(step.journey.siteId, participantId);
      expect(participant).toMatchObject({ stage: 'delivery', journeySequence: 9 });
      expect(await reviewDueOn(participantId)).toEqual(['2026-12-10']);
      await expect(new CarePlansRepository(dataSource).current(participantId)).resolves.toMatchObject({
        version: 1,
        agreedOn: '2026-10-08',
      });
      await expect(new BudgetsRepository(dataSource).statements(participantId, ALL)).resolves.toMatchObject({
        total: 1,
      });
      expect(await budgetTotals(participantId)).toEqual([1_980_000]);
    });

    it('should write nothing again when the step is retried, even with other content', async () => {
      const step = await budgetStep();
      const { participantId } = step.entry;
      await records.recordStep(step);
      const stale: JourneyView = { ...step.journey, stage: 'planning' };
      await records.recordStep({
        ...step,
        journey: stale,
        reviewDueOn: '2027-01-01',
        carePlanAgreement: { version: 1, agreedOn: '2026-10-09' },
        budgetVersion: { ...step.budgetVersion, version: 2, totalPence: 1 },
      });
      await expect(participants.findAtSite(step.journey.siteId, participantId)).resolves.toMatchObject({
        stage: 'delivery',
      });
      expect(await reviewDueOn(participantId)).toEqual(['2026-12-10']);
      await expect(new CarePlansRepository(dataSource).current(participantId)).resolves.toMatchObject({
        agreedOn: '2026-10-08',
      });
      expect(await budgetTotals(participantId)).toEqual([1_980_000]);
    });

    it('should keep a newer stage when an older step arrives late', async () => {
      const step = await budgetStep();
      await records.recordStep(step);
      const older = { ...step.journey, stage: 'plan-agreed' as const, sequence: 8 };
      await records.recordStep({
        entry: { ...step.entry, requestId: 'agreement-1', sequence: 8, journeyAfter: older },
        journey: older,
      });
      await expect(participants.findAtSite(step.journey.siteId, step.entry.participantId)).resolves.toMatchObject({
        stage: 'delivery',
        journeySequence: 9,
      });
    });
  });

  describe('recordAnnualStatement', () => {
    it('should store the statement and its timeline entry once, moving the read model on', async () => {
      const step = await budgetStep();
      const { participantId } = step.entry;
      const journey = { ...step.journey, sequence: 10 };
      const annual = {
        statement: { ...step.statement, kind: 'annual' as const, statementKey: 'annual-2027-10-15' },
        entry: { ...step.entry, requestId: 'annual-2027-10-15', sequence: 10, step: 'annual-statement' },
        journey,
      };
      await records.recordAnnualStatement(annual);
      await records.recordAnnualStatement({ ...annual, statement: { ...annual.statement, largePrint: true } });
      const { statements } = await new BudgetsRepository(dataSource).statements(participantId, ALL);
      expect(statements).toEqual([expect.objectContaining({ kind: 'annual', largePrint: false })]);
      await expect(participants.timeline(participantId)).resolves.toHaveLength(2);
      await expect(participants.findAtSite(journey.siteId, participantId)).resolves.toMatchObject({
        journeySequence: 10,
      });
    });
  });
});
