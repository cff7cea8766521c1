import { budgetValues, finalBudget } from './final-budget-form';
import { prepareForm } from './form-submission';
import type { PersonDetails } from './form-page';

const planning = { id: 'p-1', stage: 'plan-agreed', allowedSteps: ['budget'], carePlan: null, draftCarePlan: null };
const twoParts = {
  total: '1500.50',
  fundingStreams: { nhs: '1000', socialCare: '300.50', education: '' },
  contribution: '200',
  parts: [
    {
      deployment: 'direct-payment',
      amount: '1200',
      holderType: 'participant',
      holderReference: 'self',
      consentGivenOn: { day: '10', month: '10', year: '2026' },
      supportOffered: 'yes',
    },
    {
      deployment: 'notional',
      amount: '300.50',
      holderType: '',
      holderReference: '',
      consentGivenOn: { day: '', month: '', year: '' },
    },
    { deployment: '', amount: '', holderType: '', holderReference: '' },
  ],
};

describe('finalBudget', () => {
  it('should send the budget with its funders and each part filled in, blank rows left out', () => {
    const prepared = prepareForm(finalBudget, twoParts, planning as PersonDetails);
    expect(prepared.kind === 'ready' && prepared.request).toEqual({
      totalPence: 150_050,
      fundingStreams: { nhs: 100_000, socialCare: 30_050, education: 0 },
      contributionPence: 20_000,
      parts: [
        {
          partId: undefined,
          deployment: 'direct-payment',
          amountPence: 120_000,
          holder: { type: 'participant', reference: 'self' },
          directPayment: { consentGivenOn: '2026-10-10', supportOffered: true },
        },
        { partId: undefined, deployment: 'notional', amountPence: 30_050, holder: undefined, directPayment: undefined },
      ],
      reason: undefined,
      effectiveDate: undefined,
    });
  });

  it('should add a part row without sending, keeping what was typed', () => {
    const prepared = prepareForm(finalBudget, { ...twoParts, rowAction: 'add:parts' }, planning as PersonDetails);
    expect(prepared.kind).toBe('rows-changed');
    expect((prepared.values.parts as unknown[]).length).toBe(4);
  });

  it('should ask for the reason only when revising a budget already set', () => {
    const delivering = { ...planning, stage: 'delivery', budget: { totalPence: 150_050 } } as PersonDetails;
    const prepared = prepareForm(finalBudget, { ...twoParts, reason: 'Physiotherapy costs more' }, delivering);
    expect(prepared.kind === 'ready' && prepared.request.reason).toBe('Physiotherapy costs more');
  });

  it('should name the part whose consent date is not a real date, linking to its day box', () => {
    const badDate = {
      ...twoParts,
      parts: [{ ...twoParts.parts[0], consentGivenOn: { day: '31', month: '2', year: '2026' } }],
    };
    const prepared = prepareForm(finalBudget, badDate, planning as PersonDetails);
    expect(prepared.kind === 'invalid' && prepared.errors.summary).toEqual([
      {
        text: 'Part 1 date they consented must be a real date, for example 27 3 2007',
        href: '#parts-0-directPayment-consentGivenOn-day',
      },
    ]);
  });

  describe(budgetValues.name, () => {
    it('should give the budget in force back as typed values, each part with its id, which send it again unchanged', () => {
      const recorded = {
        totalPence: 150_050,
        byFunder: { nhs: 100_000, socialCare: 30_050, education: 0 },
        contributionPence: 20_000,
        parts: [
          {
            partId: 'part-1',
            deployment: 'direct-payment',
            amountPence: 120_000,
            holder: { type: 'participant', reference: 'self' },
            directPayment: { consentGivenOn: '2026-10-10', supportOffered: true },
          },
          { partId: 'part-2', deployment: 'notional', amountPence: 30_050, holder: null, directPayment: null },
        ],
      };
      const values = budgetValues(recorded);
      expect(values).toMatchObject({
        total: '1500.50',
        parts: [{ partId: 'part-1', amount: '1200.00', consentGivenOn: { day: '10', month: '10', year: '2026' } }, {}],
      });
      const prepared = prepareForm(finalBudget, { ...values, reason: 'Reviewed' }, planning as PersonDetails);
      expect(prepared.kind === 'ready' && prepared.request).toMatchObject({
        totalPence: 150_050,
        fundingStreams: recorded.byFunder,
        contributionPence: 20_000,
        parts: [
          { partId: 'part-1', amountPence: 120_000, directPayment: recorded.parts[0].directPayment },
          {
            partId: 'part-2',
            deployment: 'notional',
            amountPence: 30_050,
            holder: undefined,
            directPayment: undefined,
          },
        ],
      });
    });

    it('should leave a first budget’s form empty', () => {
      expect(budgetValues(null)).toEqual({});
    });
  });
});
