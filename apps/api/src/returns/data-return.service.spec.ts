import type { DataReturnCounts, DataReturnRepository, ReturnPeriod } from '@ipc/persistence';
import { staffMember } from '../../../../test/factories/case.factory';
import { ProblemException } from '../problem/problem.exception';
import { DataReturnService } from './data-return.service';

/** Exact counts of one quarter, as the repository would give them. */
const COUNTS: DataReturnCounts = {
  recordedBefore: '2026-09-30T23:00:00Z',
  identified: 8,
  withPlan: 12,
  withPersonalBudget: 4,
  byDeployment: [
    { deployment: 'direct-payment', people: 6, totalPence: 3_000_000 },
    { deployment: 'third-party', people: 0, totalPence: 0 },
    { deployment: 'individual-service-fund', people: 3, totalPence: 1_404_150 },
    { deployment: 'notional', people: 0, totalPence: 0 },
  ],
  byFunder: [
    { funder: 'nhs', people: 7, totalPence: 4_200_000 },
    { funder: 'socialCare', people: 2, totalPence: 496_100 },
    { funder: 'education', people: 0, totalPence: 0 },
  ],
  carersIdentified: 5,
  carersAssessed: 1,
  reviewsOnTime: 9,
  reviewsLate: 3,
  activationMeasures: 14,
  activationPeople: 11,
  qualityOfLife: [{ instrument: 'ICECAP-A', measures: 4, people: 4 }],
};

class FixedCounts implements Pick<DataReturnRepository, 'quarter'> {
  readonly asked: { siteId: string; period: ReturnPeriod }[] = [];

  async quarter(siteId: string, period: ReturnPeriod) {
    this.asked.push({ siteId, period });
    return COUNTS;
  }
}

describe(DataReturnService.name, () => {
  let counts: FixedCounts;
  let sut: DataReturnService;

  beforeEach(() => {
    counts = new FixedCounts();
    sut = new DataReturnService(counts);
  });

  describe('quarter', () => {
    it("should count the staff member's site over the quarter's first to last day", async () => {
      await sut.quarter(staffMember({ siteId: 'site-r' }), '2026-Q3');

      expect(counts.asked).toEqual([
        { siteId: 'site-r', period: { name: '2026-Q3', from: '2026-07-01', to: '2026-09-30' } },
      ]);
    });

    it('should publish each count rounded to 5, under 5 as null, and pence only beside a count shown', async () => {
      const report = await sut.quarter(staffMember(), '2026-Q3');

      expect(report).toMatchObject({
        quarter: '2026-Q3',
        period: { from: '2026-07-01', to: '2026-09-30' },
        recordedBefore: '2026-09-30T23:00:00Z',
        people: { identified: 10, withPlan: 10, withPersonalBudget: null },
        personalBudgets: {
          byDeployment: [
            { deployment: 'direct-payment', people: 5, totalPence: 3_000_000 },
            { deployment: 'third-party', people: null, totalPence: null },
            { deployment: 'individual-service-fund', people: null, totalPence: null },
            { deployment: 'notional', people: null, totalPence: null },
          ],
          byFundingStream: [
            { fundingStream: 'nhs', people: 5, totalPence: 4_200_000 },
            { fundingStream: 'socialCare', people: null, totalPence: null },
            { fundingStream: 'education', people: null, totalPence: null },
          ],
        },
        carers: { identified: 5, assessed: null },
        outcomeMeasures: {
          activation: { measures: 15, people: 10 },
          qualityOfLife: [{ instrument: 'ICECAP-A', measures: null, people: null }],
        },
      });
    });

    it('should show reviews held, on time and late as one table, its total from every review', async () => {
      const report = await sut.quarter(staffMember(), '2026-Q3');

      // 9 on time shows 10, 3 late is hidden, and the 12 held show 10.
      expect(report.reviews).toEqual({ held: 10, onTime: 10, late: null });
    });

    it('should refuse a quarter that is not one with 400 naming quarter, counting nothing', async () => {
      const refusal = await sut.quarter(staffMember(), '2026-Q0').catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(ProblemException);
      expect((refusal as ProblemException).problem.errors).toEqual([
        { field: 'quarter', reason: 'must be a year and a calendar quarter, such as 2026-Q3' },
      ]);
      expect(counts.asked).toEqual([]);
    });
  });
});
