import type { ResourceAllocation } from '@ipc/domain';
import { budgetBody, resourceAllocation } from '../../../../test/factories/budget.factory';
import { participantRow } from '../../../../test/factories/participant.factory';
import {
  InMemoryBudgets,
  InMemoryParticipants,
  participantsServiceOver,
  recordedSteps,
} from '../../../../test/in-memory/journey-stores';
import { InMemoryBudgetApprovals } from '../../../../test/in-memory/in-memory-budget-approvals.repository';
import { staff } from '../../../../test/support/test-staff';
import { BudgetsService } from './budgets.service';
import type { BudgetDto } from './dto/budget.dto';
import type { ResourceAllocationDto } from './dto/resource-allocation.dto';

const administrator = staff.administrator;
const coordinator = staff.coordinator;

function setup({ allocation = resourceAllocation() as unknown as ResourceAllocation | null } = {}) {
  const participant = participantRow();
  const budgets = new InMemoryBudgets();
  if (allocation) budgets.allocations.set('site-a', { allocation, updatedBy: 'admin-a' });
  const { steps, requests } = recordedSteps();
  const approvals = new InMemoryBudgetApprovals();
  const participants = participantsServiceOver(new InMemoryParticipants(participant));
  const service = new BudgetsService(budgets, approvals, participants, steps);
  return { service, budgets, approvals, requests, participant };
}

describe(BudgetsService.name, () => {
  describe('resourceAllocation', () => {
    it('should answer the site’s allocation', async () => {
      const { service } = setup();
      await expect(service.resourceAllocation(coordinator)).resolves.toMatchObject({
        varianceThresholdBasisPoints: 1000,
      });
    });

    it('should answer 409 while the site has none', async () => {
      const { service } = setup({ allocation: null });
      await expect(service.resourceAllocation(coordinator)).rejects.toMatchObject({ status: 409 });
    });
  });

  describe('setResourceAllocation', () => {
    it('should keep the allocation under the site, with who set it', async () => {
      const { service, budgets } = setup({ allocation: null });
      const dto = resourceAllocation({ varianceThresholdBasisPoints: 500 }) as unknown as ResourceAllocationDto;
      await service.setResourceAllocation(administrator, dto);
      expect(budgets.allocations.get(administrator.siteId)).toEqual({
        allocation: expect.objectContaining({ varianceThresholdBasisPoints: 500 }),
        updatedBy: administrator.staffId,
      });
    });
  });

  describe('issueIndicative', () => {
    it('should work the statement out from the site’s rules and send it as the indicative-budget step', async () => {
      const { service, requests, participant } = setup();
      const dto = { needBand: 'high' as const, contributionPence: 120_000 };
      const answer = await service.issueIndicative(coordinator, participant.id, dto, 'key-1');
      expect(answer.individualStatement.indicativeTotalPence).toBe(968_050);
      expect(requests).toEqual([
        expect.objectContaining({
          step: 'indicative-budget',
          idempotencyKey: 'key-1',
          content: { payload: { statement: answer.individualStatement }, narrative: {} },
        }),
      ]);
    });

    it('should answer 409 and send nothing while the site has no allocation', async () => {
      const { service, requests, participant } = setup({ allocation: null });
      const dto = { needBand: 'high' as const, contributionPence: 0 };
      await expect(service.issueIndicative(coordinator, participant.id, dto, 'key-1')).rejects.toMatchObject({
        status: 409,
      });
      expect(requests).toEqual([]);
    });
  });

  describe('setBudget', () => {
    it('should send the budget with the site’s threshold and cycle, and keep the reasons as narrative', async () => {
      const { service, requests, participant } = setup();
      const dto = budgetBody({ reason: 'needs changed' }) as unknown as BudgetDto;
      await service.setBudget(coordinator, participant.id, dto, 'key-2');
      const [{ content }] = requests;
      expect(content.payload).toMatchObject({
        totalPence: 968_050,
        varianceThresholdBasisPoints: 1000,
        statementCycle: 'budget-anniversary',
        revisionReasonGiven: true,
      });
      expect(content.narrative).toEqual({ approvalReason: undefined, reason: 'needs changed' });
      expect(content.payload).toMatchObject({ approvedBy: null });
    });

    it("should send another approver's approval of the same total, with its reason as narrative", async () => {
      const { service, requests, participant } = setup();
      await service.approve(staff.budgetApprover, participant.id, { totalPence: 968_050, reason: 'panel agreed' });
      await service.approve(staff.budgetApprover, participant.id, { totalPence: 2_500_000, reason: 'another total' });
      await service.setBudget(coordinator, participant.id, budgetBody() as unknown as BudgetDto, 'key-2');
      const [{ content }] = requests;
      expect(content.payload).toMatchObject({ approvedBy: staff.budgetApprover.staffId });
      expect(content.narrative).toMatchObject({ approvalReason: 'panel agreed' });
    });

    it('should refuse (403, four eyes) a budget whose only approval is the setter’s own, and send nothing', async () => {
      const { service, requests, participant } = setup();
      await service.approve(staff.budgetApprover, participant.id, { totalPence: 968_050, reason: 'my own' });
      const dto = budgetBody() as unknown as BudgetDto;
      await expect(service.setBudget(staff.budgetApprover, participant.id, dto, 'key-2')).rejects.toMatchObject({
        status: 403,
        problem: { type: expect.stringContaining('four-eyes') },
      });
      expect(requests).toEqual([]);
    });
  });

  describe('approve', () => {
    it("should record the approver from the token's staff id, at the person's site", async () => {
      const { service, approvals, participant } = setup();
      const answer = await service.approve(staff.budgetApprover, participant.id, {
        totalPence: 2_500_000,
        reason: 'r',
      });
      expect(answer).toMatchObject({ participantId: participant.id, totalPence: 2_500_000, approvedBy: 'approver-a' });
      expect(approvals.approvals).toEqual([expect.objectContaining({ siteId: 'site-a', approvedBy: 'approver-a' })]);
    });

    it("should answer 404 for another site's person and record nothing", async () => {
      const { service, approvals, participant } = setup();
      const dto = { totalPence: 2_500_000, reason: 'r' };
      await expect(service.approve(staff.otherSite, participant.id, dto)).rejects.toMatchObject({ status: 404 });
      expect(approvals.approvals).toEqual([]);
    });
  });

  describe('declineBudget', () => {
    it('should send the decline with its reason as narrative', async () => {
      const { service, requests, participant } = setup();
      await service.declineBudget(coordinator, participant.id, { reason: 'prefers services' }, 'key-3');
      expect(requests[0]).toMatchObject({
        step: 'budget-decline',
        content: { payload: {}, narrative: { reason: 'prefers services' } },
      });
    });
  });

  describe('withdrawDirectPayment', () => {
    it('should send the part withdrawn, with the reason as narrative', async () => {
      const { service, requests, participant } = setup();
      await service.withdrawDirectPayment(coordinator, participant.id, { partId: 'part-1', reason: 'asked' }, 'key-4');
      expect(requests[0]).toMatchObject({
        step: 'direct-payment-withdrawal',
        content: { payload: { partId: 'part-1' }, narrative: { reason: 'asked' } },
      });
    });
  });
});
