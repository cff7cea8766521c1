import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { carerCase, journeyCase } from '../cases/case-kind';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { AssignmentsService } from './assignments.service';
import { AssignmentDto, TransferDto } from './dto/assignment.dto';
import { CaseHoldersDto } from './dto/caseload-views.dto';

const ASSIGNMENT_PROBLEMS = [400, 404, 409, 415, 422] as const;

@ApiTags('caseload')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Audited('participant', 'assignment')
  @Post('participants/:id/assignment')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: "Name the person's care coordinator or community connector (a staff member of your site)" })
  @ApiOkResponse({ type: CaseHoldersDto, description: 'Who holds the case now; on the timeline as an assignment' })
  @ApiProblems(...ASSIGNMENT_PROBLEMS)
  assignParticipant(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: AssignmentDto,
    @IdempotencyKey() key: string,
  ) {
    return this.assignments.assign(journeyCase, staff, id, dto, key);
  }

  @Audited('participant', 'assignment')
  @Post('participants/:id/transfer')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: "Give the person's case to another team of your site, with a reason" })
  @ApiOkResponse({ type: CaseHoldersDto, description: 'Who holds the case now; on the timeline as a transfer' })
  @ApiProblems(...ASSIGNMENT_PROBLEMS)
  transferParticipant(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: TransferDto,
    @IdempotencyKey() key: string,
  ) {
    return this.assignments.transfer(journeyCase, staff, id, dto, key);
  }

  @Audited('carer', 'assignment')
  @Post('carers/:id/assignment')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Name the carer's care coordinator (role care-coordinator, a staff member of your site)" })
  @ApiOkResponse({ type: CaseHoldersDto, description: 'Who holds the case now; on the timeline as an assignment' })
  @ApiProblems(...ASSIGNMENT_PROBLEMS)
  assignCarer(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: AssignmentDto,
    @IdempotencyKey() key: string,
  ) {
    return this.assignments.assign(carerCase, staff, id, dto, key);
  }

  @Audited('carer', 'assignment')
  @Post('carers/:id/transfer')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Give the carer's case to another team of your site, with a reason" })
  @ApiOkResponse({ type: CaseHoldersDto, description: 'Who holds the case now; on the timeline as a transfer' })
  @ApiProblems(...ASSIGNMENT_PROBLEMS)
  transferCarer(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: TransferDto,
    @IdempotencyKey() key: string,
  ) {
    return this.assignments.transfer(carerCase, staff, id, dto, key);
  }
}
