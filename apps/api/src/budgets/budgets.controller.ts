import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiJourneyStep } from '../participants/api-journey-step';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { BudgetsService } from './budgets.service';
import { BudgetApprovalViewDto, IndicativeBudgetAnswerDto } from './dto/budget-views.dto';
import { BudgetApprovalDto, BudgetDeclineDto, BudgetDto, DirectPaymentWithdrawalDto } from './dto/budget.dto';
import { IndicativeBudgetDto } from './dto/indicative-budget.dto';
import { ResourceAllocationDto } from './dto/resource-allocation.dto';
import { IdempotencyKey, Idempotent } from '../common/idempotency-key.decorator';
import { Audited } from '../audit/audited.decorator';

@ApiTags('budgets')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get('site/resource-allocation')
  @Access('read-site-rules')
  @ApiOperation({
    summary: "The site's reference costs, personal-budget shares, services, threshold and statement cycle",
  })
  @ApiOkResponse({ type: ResourceAllocationDto })
  @ApiProblems(409)
  resourceAllocation(@CurrentStaff() staff: StaffMember) {
    return this.budgets.resourceAllocation(staff);
  }

  @Put('site/resource-allocation')
  @Access('set-site-rules')
  @Idempotent()
  @ApiOperation({ summary: "Set the site's resource allocation (administrators)" })
  @ApiOkResponse({ type: ResourceAllocationDto, description: 'The allocation as stored: the same shape as GET' })
  @ApiProblems(400, 415, 422)
  setResourceAllocation(@CurrentStaff() staff: StaffMember, @Body() dto: ResourceAllocationDto) {
    return this.budgets.setResourceAllocation(staff, dto);
  }

  @Audited('participant', 'budget')
  @Post('participants/:id/budget/indicative')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Issue (or re-issue) the Individual Statement of Resources: from planning on, before any plan exists',
  })
  @ApiJourneyStep({ type: IndicativeBudgetAnswerDto })
  issueIndicative(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: IndicativeBudgetDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.budgets.issueIndicative(staff, participantId, dto, idempotencyKey);
  }

  @Audited('participant', 'budget')
  @Post('participants/:id/budget')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Set the final budget (moves the journey to delivery) or revise it in year, with a reason; beyond the ' +
      "variance threshold, another budget approver's approval of the total is required (403 if it is your own)",
  })
  @ApiJourneyStep()
  setBudget(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: BudgetDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.budgets.setBudget(staff, participantId, dto, idempotencyKey);
  }

  @Audited('participant', 'budget')
  @Post('participants/:id/budget/approvals')
  @Access('approve-budget', 'participant')
  @Idempotent()
  @ApiOperation({
    summary:
      'A budget approver approves a budget total beyond the variance threshold; another staff member then sets it',
  })
  @ApiCreatedResponse({ type: BudgetApprovalViewDto })
  @ApiProblems(400, 404, 415, 422)
  approve(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string, @Body() dto: BudgetApprovalDto) {
    return this.budgets.approve(staff, participantId, dto);
  }

  @Audited('participant', 'budget')
  @Post('participants/:id/budget/decline')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'The person chooses a plan without a personal budget (moves the journey to delivery)' })
  @ApiJourneyStep()
  declineBudget(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: BudgetDeclineDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.budgets.declineBudget(staff, participantId, dto, idempotencyKey);
  }

  @Audited('participant', 'budget')
  @Post('participants/:id/budget/direct-payment-withdrawal')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Consent to a direct payment withdrawn: that part stops and becomes notional' })
  @ApiJourneyStep()
  withdrawDirectPayment(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: DirectPaymentWithdrawalDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.budgets.withdrawDirectPayment(staff, participantId, dto, idempotencyKey);
  }
}
