import { FormReader } from '../forms/form-values';
import { CARER_FORMS } from './carer-forms';

const request = (step: string, body: Record<string, unknown>) => {
  const reader = new FormReader(body);
  const found = CARER_FORMS.get(step);
  if (!found) throw new Error(`no form ${step}`);
  return { request: found.toRequest(reader), errors: reader.errors };
};

describe('carer forms', () => {
  it('should offer a form for each step of the carer workflow, at its API path', () => {
    expect([...CARER_FORMS.values()].map((form) => `${form.step} ${form.apiPath}`)).toEqual([
      'assessment-offer assessment-offer',
      'assessment assessment',
      'support-plan support-plan',
      'carer-budget budget',
      'review reviews',
      'school-move school-moves',
      'closure closure',
    ]);
  });

  it('should send an assessment done with its needs and choice, and one declined with its reason only', () => {
    const answers = { eligibleNeeds: 'yes', caringChoice: 'not-willing', declineReason: 'Not now' };
    expect(request('assessment', { ...answers, outcome: 'completed' }).request).toEqual({
      outcome: 'completed',
      eligibleNeeds: true,
      caringChoice: 'not-willing',
      declineReason: undefined,
      notes: undefined,
      effectiveDate: undefined,
    });
    expect(request('assessment', { ...answers, outcome: 'declined' }).request).toMatchObject({
      outcome: 'declined',
      eligibleNeeds: undefined,
      caringChoice: undefined,
      declineReason: 'Not now',
    });
  });

  it('should send a support plan’s outcomes a line each and its costs in pence, naming a bad cost by the API’s path', () => {
    const { request: plan, errors } = request('support-plan', {
      coordinatorId: 'dev-coordinator',
      outcomes: 'A regular break\n\nTime for myself',
      supportItems: [
        { description: 'Sitting service', annualCost: '£520.50' },
        { description: 'Gym', annualCost: 'a lot' },
      ],
    });
    expect(plan).toMatchObject({
      outcomes: ['A regular break', 'Time for myself'],
      supportItems: [
        { description: 'Sitting service', annualCostPence: 52_050 },
        { description: 'Gym', annualCostPence: undefined },
      ],
    });
    expect(errors).toEqual([
      { field: 'supportItems[1].annualCostPence', reason: 'must be an amount in pounds, like 5200 or 5200.50' },
    ]);
  });

  it('should send a budget in pence and a school move’s date from its day, month and year', () => {
    expect(request('carer-budget', { amount: '600' }).request).toMatchObject({ amountPence: 60_000 });
    expect(
      request('school-move', { movesOn: { day: '6', month: '9', year: '2027' }, ehcPlanTransfer: 'none' }).request,
    ).toMatchObject({ movesOn: '2027-09-06', ehcPlanTransfer: 'none' });
  });
});
