import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type BudgetPart, issueIndividualStatement, type JourneyView, type ResourceAllocation } from '@ipc/domain';
import { findResourceAllocation, saveResourceAllocation } from '@ipc/persistence';
import { DataSource } from 'typeorm';
import { JourneyStepsService } from '../participants/journey-steps.service';
import { ParticipantsService } from '../participants/participants.service';
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
    private readonly steps: JourneyStepsService,
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
    const journey = await this.steps.record({
      staff,
      participantId,
      step: 'indicative-budget',
      content: { payload: { statement }, narrative: {} },
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
    return { ...journey, individualStatement: statement };
  }

  async setBudget(
    staff: StaffMember,
    participantId: string,
    dto: BudgetDto,
    idempotencyKey: string,
  ): Promise<JourneyView> {
    const allocation = await this.resourceAllocation(staff);
    const parts: BudgetPart[] = dto.parts.map((part) => ({
      partId: part.partId ?? randomUUID(),
      deployment: part.deployment,
      amountPence: part.amountPence,
      holder: part.holder ? { type: part.holder.type, reference: part.holder.reference } : null,
      directPayment: part.directPayment
        ? { consentGivenOn: part.directPayment.consentGivenOn, supportOffered: part.directPayment.supportOffered }
        : null,
      withdrawnOn: null,
    }));
    return this.steps.record({
      staff,
      participantId,
      step: 'budget',
      content: {
        payload: {
          totalPence: dto.totalPence,
          byFunder: {
            nhs: dto.fundingStreams.nhs,
            socialCare: dto.fundingStreams.socialCare,
            education: dto.fundingStreams.education,
          },
          contributionPence: dto.contributionPence,
          parts,
          approvedBy: dto.approvedBy ?? null,
          varianceThresholdBasisPoints: allocation.varianceThresholdBasisPoints,
          statementCycle: allocation.statementCycle,
          revisionReasonGiven: dto.reason !== undefined,
        },
        narrative: { approvalReason: dto.approvalReason, reason: dto.reason },
      },
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  declineBudget(staff: StaffMember, participantId: string, dto: BudgetDeclineDto, idempotencyKey: string) {
    return this.steps.record({
      staff,
      participantId,
      step: 'budget-decline',
      content: { payload: {}, narrative: dto.note ? { note: dto.note } : {} },
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  withdrawDirectPayment(
    staff: StaffMember,
    participantId: string,
    dto: DirectPaymentWithdrawalDto,
    idempotencyKey: string,
  ) {
    return this.steps.record({
      staff,
      participantId,
      step: 'direct-payment-withdrawal',
      content: { payload: { partId: dto.partId }, narrative: { reason: dto.reason } },
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }
}
