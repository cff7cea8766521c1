import { randomUUID } from 'node:crypto';
import type { ResourceAllocation, StatementView } from '@ipc/domain';
import { BudgetsRepository, type BudgetStatementRecord } from '@ipc/persistence';
import type { DataSource } from 'typeorm';
import { resourceAllocation } from '../factories/budget.factory';
import { personalBudget } from '../factories/participant.factory';
import { ALL, openOwnDatabase, referredParticipant } from './journey-fixtures';

describe(BudgetsRepository.name, () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let budgets: BudgetsRepository;

  beforeAll(async () => {
    ({ dataSource, close } = await openOwnDatabase());
    budgets = new BudgetsRepository(dataSource);
  });
  afterAll(() => close());

  const statement = (participantId: string, overrides: Partial<BudgetStatementRecord> = {}): BudgetStatementRecord => ({
    participantId,
    kind: 'annual',
    statementKey: 'annual-2027-10-15',
    issuedOn: '2027-10-15',
    period: { start: '2026-10-15', end: '2027-10-15' },
    largePrint: true,
    content: { kind: 'annual', participantId } as unknown as StatementView,
    ...overrides,
  });

  describe('resourceAllocation', () => {
    it('should answer null until the site sets one, then the latest one set', async () => {
      const siteId = `site-${randomUUID()}`;
      await expect(budgets.resourceAllocation(siteId)).resolves.toBeNull();
      const first = resourceAllocation() as unknown as ResourceAllocation;
      await budgets.saveResourceAllocation(siteId, first, 'admin-a');
      await budgets.saveResourceAllocation(siteId, { ...first, varianceThresholdBasisPoints: 500 }, 'admin-b');
      await expect(budgets.resourceAllocation(siteId)).resolves.toMatchObject({ varianceThresholdBasisPoints: 500 });
    });
  });

  describe('addStatement', () => {
    it('should store a statement once per key', async () => {
      const { id } = await referredParticipant(dataSource);
      await budgets.addStatement(statement(id));
      await budgets.addStatement(statement(id, { largePrint: false }));
      const { statements: listed, total } = await budgets.statements(id, ALL);
      expect(total).toBe(1);
      expect(listed).toEqual([
        {
          id: expect.any(String),
          kind: 'annual',
          issuedOn: '2027-10-15',
          periodStart: '2026-10-15',
          periodEnd: '2027-10-15',
          largePrint: true,
        },
      ]);
    });
  });

  describe('statements', () => {
    it('should list a person’s statements in the order issued', async () => {
      const { id } = await referredParticipant(dataSource);
      await budgets.addStatement(statement(id));
      await budgets.addStatement(
        statement(id, { kind: 'indicative', statementKey: 'isr-1', issuedOn: '2026-10-10', period: null }),
      );
      const { statements: listed } = await budgets.statements(id, ALL);
      expect(listed.map((s) => [s.kind, s.periodStart])).toEqual([
        ['indicative', null],
        ['annual', '2026-10-15'],
      ]);
    });
  });

  describe('statement', () => {
    it('should answer one statement with its content, and null for an unknown or malformed id', async () => {
      const { id } = await referredParticipant(dataSource);
      await budgets.addStatement(statement(id));
      const {
        statements: [{ id: statementId }],
      } = await budgets.statements(id, ALL);
      await expect(budgets.statement(id, statementId)).resolves.toMatchObject({ content: { kind: 'annual' } });
      await expect(budgets.statement(id, randomUUID())).resolves.toBeNull();
      await expect(budgets.statement(id, 'annual-2027')).resolves.toBeNull();
    });
  });

  describe('addBudgetVersion', () => {
    it('should store a version once', async () => {
      const { id } = await referredParticipant(dataSource);
      const budget = personalBudget();
      const version = {
        participantId: id,
        version: 1,
        requestId: 'budget-1',
        startDate: budget.startDate,
        totalPence: budget.totalPence,
        byFunder: budget.byFunder,
        contributionPence: budget.contributionPence,
        parts: budget.parts,
        approvedBy: null,
        indicativeTotalPence: 1_980_000,
        effectiveOn: '2026-10-15',
      };
      await budgets.addBudgetVersion(version);
      await budgets.addBudgetVersion({ ...version, totalPence: 1 });
      const rows = await dataSource.query(
        `SELECT total_pence::integer AS total, parts FROM personal_budgets WHERE participant_id = $1`,
        [id],
      );
      expect(rows).toEqual([{ total: 1_980_000, parts: budget.parts }]);
    });
  });
});
