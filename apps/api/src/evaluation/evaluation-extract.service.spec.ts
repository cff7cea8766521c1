import { evaluationConfigFrom } from '@ipc/config';
import type { EvaluationExtractRepository, EvaluationMeasureRow, EvaluationPersonRow } from '@ipc/persistence';
import { staffMember } from '../../../../test/factories/case.factory';
import { ProblemException } from '../problem/problem.exception';
import { EvaluationExtractService } from './evaluation-extract.service';
import { pseudonymOf } from './pseudonymisation';

const SECRET = 'a-site-secret-of-at-least-32-characters';

const person = (overrides: Partial<EvaluationPersonRow> = {}): EvaluationPersonRow => ({
  participantId: 'participant-1',
  nhsNumber: '9434765919',
  cohort: 'multiple-long-term-conditions',
  stage: 'delivery',
  dateOfBirth: '1948-07-02',
  referredOn: '2026-09-01',
  stageDates: { referred: '2026-09-01', identified: '2026-09-03', 'plan-agreed': '2026-10-08' },
  postcodeKey: 'LS14AB',
  studyArm: null,
  budget: null,
  ...overrides,
});

const score = (participantId: string, measure: string, value: number, measuredOn: string): EvaluationMeasureRow => ({
  participantId,
  measure,
  version: measure === 'activation' ? null : '1.0',
  score: value,
  measuredOn,
});

/** The consenting people and scores the repository would read, and which people's scores were asked for. */
class KnownRecords implements Pick<EvaluationExtractRepository, 'consentingPeople' | 'measures'> {
  readonly asked: string[][] = [];

  constructor(
    private readonly people: EvaluationPersonRow[],
    private readonly scores: EvaluationMeasureRow[] = [],
  ) {}

  async consentingPeople() {
    return this.people;
  }

  async measures(participantIds: string[]) {
    this.asked.push(participantIds);
    return this.scores.filter((row) => participantIds.includes(row.participantId));
  }
}

const config = (secrets: Record<string, string>, env = 'test') => ({
  evaluation: evaluationConfigFrom({ NODE_ENV: env, EVALUATION_HASH_SECRETS: secrets }),
});

describe(EvaluationExtractService.name, () => {
  describe('extract', () => {
    it('should pseudonymise each person: the keyed hash, months for dates, the postcode district', async () => {
      const records = new KnownRecords([
        person({
          studyArm: 'control',
          budget: {
            totalPence: 968_050,
            byFunder: { nhs: 600_000, socialCare: 248_050, education: 0 },
            contributionPence: 120_000,
            indicativeTotalPence: null,
          },
        }),
      ]);
      const sut = new EvaluationExtractService(records, config({ 'site-a': SECRET }));

      const extract = await sut.extract(staffMember());

      expect(extract).toEqual({
        siteId: 'site-a',
        total: 1,
        items: [
          {
            pseudonym: pseudonymOf('9434765919', SECRET),
            cohort: 'multiple-long-term-conditions',
            stage: 'delivery',
            birthMonth: '1948-07',
            referredMonth: '2026-09',
            identifiedMonth: '2026-09',
            planAgreedMonth: '2026-10',
            closedMonth: null,
            postcodeDistrict: 'LS1',
            studyArm: 'control',
            budget: {
              totalPence: 968_050,
              nhsPence: 600_000,
              socialCarePence: 248_050,
              educationPence: 0,
              contributionPence: 120_000,
              indicativeTotalPence: null,
            },
            activation: { measures: 0, first: null, latest: null },
            qualityOfLife: [],
          },
        ],
      });
    });

    it("should summarise each person's PAM and quality-of-life scores, first and latest by month", async () => {
      const records = new KnownRecords(
        [person(), person({ participantId: 'participant-2', nhsNumber: '9434765870', postcodeKey: null })],
        [
          score('participant-1', 'activation', 52.3, '2026-09-24'),
          score('participant-1', 'activation', 61, '2026-11-30'),
          score('participant-1', 'ICECAP-A', 0.7, '2026-10-20'),
          score('participant-1', 'EQ-5D-5L', 72, '2026-10-20'),
          score('participant-1', 'EQ-5D-5L', 75, '2026-11-20'),
        ],
      );
      const sut = new EvaluationExtractService(records, config({ 'site-a': SECRET }));

      const { items } = await sut.extract(staffMember());
      const first = items.find((row) => row.pseudonym === pseudonymOf('9434765919', SECRET));
      const second = items.find((row) => row.pseudonym === pseudonymOf('9434765870', SECRET));

      expect(first?.activation).toEqual({
        measures: 2,
        first: { score: 52.3, month: '2026-09' },
        latest: { score: 61, month: '2026-11' },
      });
      expect(first?.qualityOfLife).toEqual([
        {
          instrument: 'EQ-5D-5L',
          version: '1.0',
          measures: 2,
          first: { score: 72, month: '2026-10' },
          latest: { score: 75, month: '2026-11' },
        },
        {
          instrument: 'ICECAP-A',
          version: '1.0',
          measures: 1,
          first: { score: 0.7, month: '2026-10' },
          latest: { score: 0.7, month: '2026-10' },
        },
      ]);
      expect(second).toMatchObject({ postcodeDistrict: null, activation: { measures: 0 }, qualityOfLife: [] });
      expect(items.map((row) => row.pseudonym)).toEqual(items.map((row) => row.pseudonym).sort());
    });

    it('should give the same person another pseudonym under another secret', async () => {
      const records = new KnownRecords([person()]);
      const [one, other] = await Promise.all(
        [SECRET, `${SECRET}-rotated`].map((secret) =>
          new EvaluationExtractService(records, config({ 'site-a': secret })).extract(staffMember()),
        ),
      );

      expect(one.items[0].pseudonym).toBe(pseudonymOf('9434765919', SECRET));
      expect(other.items[0].pseudonym).toBe(pseudonymOf('9434765919', `${SECRET}-rotated`));
      expect(other.items[0].pseudonym).not.toBe(one.items[0].pseudonym);
    });

    it('should ask for no scores when nobody consents', async () => {
      const records = new KnownRecords([]);
      const sut = new EvaluationExtractService(records, config({ 'site-a': SECRET }));

      await expect(sut.extract(staffMember())).resolves.toEqual({ siteId: 'site-a', items: [], total: 0 });
      expect(records.asked).toEqual([]);
    });

    it('should refuse with 409 in production for a site without a secret of its own', async () => {
      const production = config({ 'site-b': SECRET }, 'production');
      const sut = new EvaluationExtractService(new KnownRecords([person()]), production);

      const refusal = await sut.extract(staffMember()).catch((error: unknown) => error);

      expect(refusal).toBeInstanceOf(ProblemException);
      expect((refusal as ProblemException).problem).toMatchObject({
        status: 409,
        type: expect.stringMatching(/evaluation-secret-not-set$/),
      });
    });
  });
});
