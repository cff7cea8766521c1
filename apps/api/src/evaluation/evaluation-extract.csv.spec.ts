import { evaluationExtractCsv } from './evaluation-extract.csv';
import type { EvaluationRow } from './evaluation-extract.service';

const row = (overrides: Partial<EvaluationRow> = {}): EvaluationRow => ({
  pseudonym: 'a1',
  cohort: 'multiple-long-term-conditions',
  stage: 'planning',
  birthMonth: '1948-07',
  referredMonth: '2026-09',
  identifiedMonth: '2026-09',
  planAgreedMonth: null,
  closedMonth: null,
  postcodeDistrict: 'LS1',
  studyArm: null,
  budget: null,
  activation: { measures: 0, first: null, latest: null },
  qualityOfLife: [],
  ...overrides,
});

describe('evaluationExtractCsv', () => {
  it('should give five columns to each instrument anyone was measured with, empty for those who were not', () => {
    const csv = evaluationExtractCsv.render({
      siteId: 'site-e',
      total: 2,
      items: [
        row({
          studyArm: 'control',
          activation: {
            measures: 1,
            first: { score: 52.3, month: '2026-09' },
            latest: { score: 52.3, month: '2026-09' },
          },
          qualityOfLife: [
            {
              instrument: 'ICECAP-A',
              version: '2',
              measures: 2,
              first: { score: 0.6, month: '2026-10' },
              latest: { score: 0.7, month: '2026-11' },
            },
          ],
        }),
        row({
          pseudonym: 'b2',
          budget: {
            totalPence: 968_050,
            nhsPence: 600_000,
            socialCarePence: 248_050,
            educationPence: 0,
            contributionPence: 120_000,
            indicativeTotalPence: null,
          },
        }),
      ],
    });

    expect(csv.split('\r\n')).toEqual([
      'pseudonym,cohort,stage,birth_month,referred_month,identified_month,plan_agreed_month,closed_month,' +
        'postcode_district,study_arm,budget_total_pence,budget_nhs_pence,budget_social_care_pence,' +
        'budget_education_pence,budget_contribution_pence,budget_indicative_total_pence,activation_measures,' +
        'activation_first_score,activation_first_month,activation_latest_score,activation_latest_month,' +
        'quality_of_life_ICECAP-A_measures,quality_of_life_ICECAP-A_first_score,quality_of_life_ICECAP-A_first_month,' +
        'quality_of_life_ICECAP-A_latest_score,quality_of_life_ICECAP-A_latest_month',
      'a1,multiple-long-term-conditions,planning,1948-07,2026-09,2026-09,,,LS1,control,,,,,,,1,52.3,2026-09,52.3,2026-09,2,0.6,2026-10,0.7,2026-11',
      'b2,multiple-long-term-conditions,planning,1948-07,2026-09,2026-09,,,LS1,,968050,600000,248050,0,120000,,0,,,,,0,,,,',
      '',
    ]);
    expect(evaluationExtractCsv.filename({ siteId: 'site-e', items: [], total: 0 })).toBe(
      'evaluation-extract-site-e.csv',
    );
  });
});
