import type { OutcomeSums, TakeUpRow } from '@ipc/domain';
import type { DateRange } from '@ipc/persistence';
import { staff } from '../../../../../test/support/test-staff';
import type { SiteSettings } from '../site-settings.service';
import { ProgrammeOutcomesService } from './programme-outcomes.service';

const NO_SUMS: OutcomeSums = {
  activation: [],
  ratings: [],
  qualityOfLife: [],
  crises: [],
  budgetTakeUp: [],
  budgets: [],
  spend: [],
};

describe(ProgrammeOutcomesService.name, () => {
  let sums: OutcomeSums;
  let takeUp: TakeUpRow[];
  let measures: Record<string, unknown>;
  let calls: string[];
  let sut: ProgrammeOutcomesService;

  beforeEach(() => {
    sums = NO_SUMS;
    takeUp = [];
    measures = {};
    calls = [];
    sut = new ProgrammeOutcomesService(
      {
        fold: async (siteId: string) => void calls.push(`fold outcomes ${siteId}`),
        sums: async (siteId: string, period: DateRange & { asOf: string }) => {
          calls.push(`sums ${siteId} ${period.from} ${period.to} ${period.asOf}`);
          return sums;
        },
      },
      {
        fold: async (ledger: string, siteId?: string) => void calls.push(`fold ${ledger} ${siteId}`),
        takeUp: async () => takeUp,
      },
      { outcomeMeasures: async () => measures },
      { current: async () => ({ characteristics: [] }) as unknown as SiteSettings },
    );
  });

  describe('outcomes', () => {
    it('should fold the site’s ledgers, then read the period asked for', async () => {
      const report = await sut.outcomes(staff.programmeLead, { from: '2025-01-01', to: '2025-12-31' });

      expect(calls).toEqual([
        'fold outcomes site-a',
        'fold takeUp site-a',
        'sums site-a 2025-01-01 2025-12-31 2025-12-31',
      ]);
      expect(report).toMatchObject({
        siteId: 'site-a',
        period: { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' },
        suppression: { rule: expect.stringContaining('Counts under 5') },
      });
    });

    it('should refuse a period that ends before it begins, naming from', async () => {
      await expect(sut.outcomes(staff.programmeLead, { from: '2025-02-01', to: '2025-01-01' })).rejects.toMatchObject({
        response: { errors: [{ field: 'from', reason: 'must not be after to (2025-01-01)' }] },
      });
    });

    it('should give a mean change only where 5 or more people were measured twice', async () => {
      measures = { activationCohorts: ['multiple-long-term-conditions'] };
      sums = {
        ...NO_SUMS,
        activation: [
          { cohort: 'multiple-long-term-conditions', people: 7, totalChange: 24.5 },
          { cohort: 'learning-disability-autism', people: 4, totalChange: 12 },
        ],
      };

      const { activation } = await sut.outcomes(staff.programmeLead, {});

      expect(activation.slice(1, 3)).toEqual([
        { cohort: 'multiple-long-term-conditions', measured: true, people: 5, meanChange: 3.5 },
        { cohort: 'learning-disability-autism', measured: false, people: null, meanChange: null },
      ]);
    });

    it('should list the site’s instruments first, then any others measured', async () => {
      measures = { qualityOfLifeInstruments: [{ instrument: 'ASCOT', version: '1', minimum: 0, maximum: 1 }] };
      sums = { ...NO_SUMS, qualityOfLife: [{ instrument: 'EQ-5D-5L', people: 10, totalChange: 1 }] };

      const { qualityOfLife } = await sut.outcomes(staff.programmeLead, {});

      expect(qualityOfLife).toEqual([
        { instrument: 'ASCOT', people: null, meanChange: null },
        { instrument: 'EQ-5D-5L', people: 10, meanChange: 0.1 },
      ]);
    });

    it('should work the share achieved out of the published counts', async () => {
      sums = {
        ...NO_SUMS,
        ratings: [
          { rating: 'achieved', outcomes: 12 },
          { rating: 'partly', outcomes: 9 },
          { rating: 'not-yet', outcomes: 2 },
        ],
      };

      const { outcomeRatings } = await sut.outcomes(staff.programmeLead, {});

      // 12, 9, 2 and 0 show as 10, 10, null and null of 25 (23 rounded).
      expect(outcomeRatings).toEqual({
        outcomes: 25,
        byRating: [
          { rating: 'achieved', outcomes: 10 },
          { rating: 'partly', outcomes: 10 },
          { rating: 'not-yet', outcomes: null },
          { rating: 'no-longer-relevant', outcomes: null },
        ],
        achievedShare: 0.4,
      });
    });

    it('should take person-time off at each end and rate the published events per person-year', async () => {
      sums = {
        ...NO_SUMS,
        crises: [
          { mark: 'identified', count: 6, days: 1461 },
          { mark: 'before-ended', count: 6, days: 730.5 },
          { mark: 'before|crisis', count: 8, days: 0 },
          { mark: 'agreed', count: 3, days: 365 },
          { mark: 'after|crisis', count: 9, days: 0 },
        ],
      };

      const { crises } = await sut.outcomes(staff.programmeLead, {});

      expect(crises.beforePlan).toEqual({
        people: 5,
        personYears: 2,
        byKind: [
          { kind: 'crisis', events: 10, perPersonYear: 5 },
          { kind: 'unplanned-admission', events: null, perPersonYear: null },
        ],
      });
      // Fewer than 5 people after the plan: their events are hidden too.
      expect(crises.afterPlan).toMatchObject({ people: null, personYears: null, byKind: [{ events: null }, {}] });
    });

    it('should count holders and decliners by characteristic against the people referred', async () => {
      takeUp = [
        { stage: 'referred', dimension: 'all', value: '', people: 20 },
        { stage: 'referred', dimension: 'cohort', value: 'multiple-long-term-conditions', people: 20 },
        { stage: 'planning', dimension: 'all', value: '', people: 15 },
      ];
      sums = {
        ...NO_SUMS,
        budgetTakeUp: [
          { stage: 'budget-holder', dimension: 'all', value: '', people: 10 },
          { stage: 'budget-holder', dimension: 'cohort', value: 'multiple-long-term-conditions', people: 10 },
        ],
      };

      const { budgetTakeUp } = await sut.outcomes(staff.programmeLead, {});

      expect(budgetTakeUp.map(({ stage, people }) => [stage, people])).toEqual([
        ['budget-holder', 10],
        ['budget-decliner', null],
      ]);
      expect(budgetTakeUp[0].dimensions[0].groups[1]).toEqual({
        value: 'multiple-long-term-conditions',
        people: 10,
        ofReferred: 0.5,
      });
    });

    it('should set spend against budget only for a cohort with 5 or more budgets', async () => {
      sums = {
        ...NO_SUMS,
        budgets: [
          { cohort: 'multiple-long-term-conditions', budgets: 6, totalPence: 6_000_000 },
          { cohort: 'learning-disability-autism', budgets: 2, totalPence: 2_000_000 },
        ],
        spend: [
          { cohort: 'multiple-long-term-conditions', totalPence: 1_500_000 },
          { cohort: 'learning-disability-autism', totalPence: 900_000 },
        ],
      };

      const { spendAgainstBudget } = await sut.outcomes(staff.programmeLead, {});

      expect(spendAgainstBudget.slice(1, 3)).toEqual([
        {
          cohort: 'multiple-long-term-conditions',
          budgets: 5,
          budgetTotalPence: 6_000_000,
          spendTotalPence: 1_500_000,
          spendRatio: 0.25,
        },
        {
          cohort: 'learning-disability-autism',
          budgets: null,
          budgetTotalPence: null,
          spendTotalPence: null,
          spendRatio: null,
        },
      ]);
    });
  });
});
