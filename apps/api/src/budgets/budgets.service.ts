import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { issueIndividualStatement, type JourneyView, type ResourceAllocation } from '@ipc/domain';
import { findResourceAllocation, saveResourceAllocation } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { journeyCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import { ParticipantsService } from '../participants/participants.service';
import { budgetDeclineStep, budgetStep, directPaymentWithdrawalStep, indicativeBudgetStep } from './budget.steps';
import { ruleViolation, siteNotConfigured } from './budgets.errors';
import type { BudgetDeclineDto, BudgetDto, DirectPaymentWithdrawalDto } from './dto/budget.dto';
import type { IndicativeBudgetDto } from './dto/indicative-budget.dto';
import type { ResourceAllocationDto } from './dto/resource-allocation.dto';

/** Personal budget steps: the ISR, setting or revising the budget, declining it, withdrawing a direct payment. */
@Injectable()
export class BudgetsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
    private readonly steps: CaseStepsService,
  ) {}

  async resourceAllocation(staff: StaffMember): Promise<ResourceAllocation> {
    const allocation = await findResourceAllocation(this.dataSource.manager, staff.siteId);
    if (!allocation) throw siteNotConfigured();
    return allocation;
  }

  async setResourceAllocation(staff: StaffMember, dto: ResourceAllocationDto): Promise<ResourceAllocation> {
    const allocation: ResourceAllocation = JSON.parse(JSON.stringify(dto));
    await saveResourceAllocation(this.dataSource.manager, staff.siteId, allocation, staff.staffId);
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
    return this.steps.send(journeyCase, staff, participantId, budgetStep(dto, allocation), idempotencyKey);
  }

  declineBudget(staff: StaffMember, participantId: string, dto: BudgetDeclineDto, idempotencyKey: string) {
    return this.steps.send(journeyCase, staff, participantId, budgetDeclineStep(dto), idempotencyKey);
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
