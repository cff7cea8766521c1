import { issueIndividualStatement, type ResourceAllocation } from '@ipc/domain';
import { budgetBody, resourceAllocation } from '../../../../test/factories/budget.factory';
import { budgetDeclineStep, budgetStep, directPaymentWithdrawalStep, indicativeBudgetStep } from './budget.steps';
import type { BudgetDeclineDto, BudgetDto, DirectPaymentWithdrawalDto } from './dto/budget.dto';
import type { IndicativeBudgetDto } from './dto/indicative-budget.dto';

describe('budget steps', () => {
  describe(indicativeBudgetStep.name, () => {
    it('should send the statement worked out by the domain', () => {
      const statement = issueIndividualStatement(resourceAllocation() as ResourceAllocation, {
        cohort: 'multiple-long-term-conditions',
        needBand: 'high',
        contributionPence: 0,
      });
      const dto = { needBand: 'high', contributionPence: 0, effectiveDate: '2026-10-12' } as IndicativeBudgetDto;

      expect(indicativeBudgetStep(dto, statement)).toEqual({
        name: 'indicative-budget',
        payload: { statement },
        narrative: {},
        effectiveDate: '2026-10-12',
      });
    });
  });

  describe(budgetStep.name, () => {
    const allocation = resourceAllocation() as ResourceAllocation;

    it("should send the budget with the site's threshold and cycle, each part with an id", () => {
      const step = budgetStep(budgetBody() as BudgetDto, allocation, undefined, () => 'part-new');

      expect(step.payload).toMatchObject({
        totalPence: 968_050,
        byFunder: { nhs: 600_000, socialCare: 248_050, education: 0 },
        contributionPence: 120_000,
        approvedBy: null,
        varianceThresholdBasisPoints: 1000,
        statementCycle: 'budget-anniversary',
        revisionReasonGiven: false,
      });
      expect(step.payload.parts).toEqual([
        {
          partId: 'part-new',
          deployment: 'direct-payment',
          amountPence: 500_000,
          holder: { type: 'participant', reference: 'self' },
          directPayment: { consentGivenOn: '2026-10-10', supportOffered: true },
          withdrawnOn: null,
        },
        expect.objectContaining({
          partId: 'part-new',
          holder: { type: 'organisation', reference: 'Riverside ISF Ltd' },
        }),
      ]);
    });

    it("should send the approver's staff id, keeping the approval and revision reasons in the narrative", () => {
      const dto = budgetBody({ reason: 'New carer' }) as BudgetDto;

      const step = budgetStep(dto, allocation, { approvedBy: 'approver-a', reason: 'Complex needs' });

      expect(step.payload).toMatchObject({ approvedBy: 'approver-a', revisionReasonGiven: true });
      expect(step.narrative).toEqual({ approvalReason: 'Complex needs', reason: 'New carer' });
    });
  });

  describe(budgetDeclineStep.name, () => {
    it("should send the site's statement cycle, keeping the reason in the narrative", () => {
      expect(
        budgetDeclineStep(
          { reason: 'Prefers services' } as BudgetDeclineDto,
          resourceAllocation() as ResourceAllocation,
        ),
      ).toEqual({
        name: 'budget-decline',
        payload: { statementCycle: 'budget-anniversary' },
        narrative: { reason: 'Prefers services' },
        effectiveDate: undefined,
      });
    });
  });

  describe(directPaymentWithdrawalStep.name, () => {
    it('should send the part and keep the reason in the narrative', () => {
      const dto = {
        partId: 'part-1',
        reason: 'Consent withdrawn',
        effectiveDate: '2027-01-05',
      } as DirectPaymentWithdrawalDto;

      expect(directPaymentWithdrawalStep(dto)).toEqual({
        name: 'direct-payment-withdrawal',
        payload: { partId: 'part-1' },
        narrative: { reason: 'Consent withdrawn' },
        effectiveDate: '2027-01-05',
      });
    });
  });
});
