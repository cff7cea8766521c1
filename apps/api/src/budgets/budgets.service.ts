import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { issueIndividualStatement, type JourneyView, type ResourceAllocation } from '@ipc/domain';
import { BudgetApprovalsRepository, BudgetsRepository } from '@ipc/persistence';
import { journeyCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import { ParticipantsService } from '../participants/participants.service';
import {
  budgetDeclineStep,
  budgetStep,
  directPaymentWithdrawalStep,
  type GivenApproval,
  indicativeBudgetStep,
} from './budget.steps';
import { approvalRequired, ownApprovalRefused, ruleViolation, siteNotConfigured } from './budgets.errors';
import type { BudgetApprovalDto, BudgetDeclineDto, BudgetDto, DirectPaymentWithdrawalDto } from './dto/budget.dto';
import type { IndicativeBudgetDto } from './dto/indicative-budget.dto';
import type { ResourceAllocationDto } from './dto/resource-allocation.dto';

/** Personal budget steps: the ISR, setting or revising the budget, declining it, withdrawing a direct payment. */
@Injectable()
export class BudgetsService {
  constructor(
    @Inject(BudgetsRepository)
    private readonly budgets: Pick<BudgetsRepository, 'resourceAllocation' | 'saveResourceAllocation'>,
    @Inject(BudgetApprovalsRepository)
    private readonly approvals: Pick<BudgetApprovalsRepository, 'record' | 'approvalsOf'>,
    private readonly participants: ParticipantsService,
    private readonly steps: CaseStepsService,
  ) {}

  async resourceAllocation(staff: StaffMember): Promise<ResourceAllocation> {
    const allocation = await this.budgets.resourceAllocation(staff.siteId);
    if (!allocation) throw siteNotConfigured();
    return allocation;
  }

  async setResourceAllocation(staff: StaffMember, dto: ResourceAllocationDto): Promise<ResourceAllocation> {
    const allocation: ResourceAllocation = JSON.parse(JSON.stringify(dto));
    await this.budgets.saveResourceAllocation(staff.siteId, allocation, staff.staffId);
    return allocation;
  }

  /** Works out the Individual Statement of Resources from the site's rules and issues it on the journey. */
  async issueIndicative(staff: StaffMember, participantId: string, dto: IndicativeBudgetDto, idempotencyKey: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const allocation = await this.resourceAllocation(staff);
    let statement;
    try {
      statement = issueIndividualStatement(allocation, {
        cohort: participant.cohort,
        needBand: dto.needBand,
        contributionPence: dto.contributionPence,
      });
    } catch (error) {
      throw ruleViolation(error);
    }
    const step = indicativeBudgetStep(dto, statement);
    const journey = await this.steps.send(journeyCase, staff, participantId, step, idempotencyKey);
    return { ...journey, individualStatement: statement };
  }

  async setBudget(
    staff: StaffMember,
    participantId: string,
    dto: BudgetDto,
    idempotencyKey: string,
  ): Promise<JourneyView> {
    const allocation = await this.resourceAllocation(staff);
    const approval = await this.approvalOf(staff, participantId, dto.totalPence);
    const step = budgetStep(dto, allocation, approval);
    return this.steps.send(journeyCase, staff, participantId, step, idempotencyKey).catch((error: unknown) => {
      throw approvalRequired(error, participantId);
    });
  }

  /** A budget approver approves a total beyond the threshold; the approver is the staff id of their token. */
  async approve(staff: StaffMember, participantId: string, dto: BudgetApprovalDto) {
    await this.participants.findForStaff(staff, participantId);
    const approval = await this.approvals.record({
      participantId,
      siteId: staff.siteId,
      totalPence: dto.totalPence,
      approvedBy: staff.staffId,
      reason: dto.reason,
    });
    const { id, totalPence, approvedBy, reason, approvedAt } = approval;
    return { id, participantId, totalPence, approvedBy, reason, approvedAt: approvedAt.toISOString() };
  }

  /**
   * Four eyes: the latest approval of this total by someone other than the caller. If the only
   * approvals are the caller's own, the budget is refused (403) rather than sent unapproved.
   */
  private async approvalOf(staff: StaffMember, participantId: string, totalPence: number) {
    const approvals = await this.approvals.approvalsOf(staff.siteId, participantId, totalPence);
    const byAnother = approvals.find((approval) => approval.approvedBy !== staff.staffId);
    if (!byAnother && approvals.length) throw ownApprovalRefused();
    return byAnother && ({ approvedBy: byAnother.approvedBy, reason: byAnother.reason } satisfies GivenApproval);
  }

  async declineBudget(staff: StaffMember, participantId: string, dto: BudgetDeclineDto, idempotencyKey: string) {
    const allocation = await this.budgets.resourceAllocation(staff.siteId);
    return this.steps.send(journeyCase, staff, participantId, budgetDeclineStep(dto, allocation), idempotencyKey);
  }

  withdrawDirectPayment(
    staff: StaffMember,
    participantId: string,
    dto: DirectPaymentWithdrawalDto,
    idempotencyKey: string,
  ) {
    return this.steps.send(journeyCase, staff, participantId, directPaymentWithdrawalStep(dto), idempotencyKey);
  }
}
