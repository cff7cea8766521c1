import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { PageOf } from '../common/page.dto';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { AccessReasonsService } from './access-reasons.service';
import { AccessReasonDto, BreakGlassAccessViewDto, ListBreakGlassQuery } from './dto/access-reason.dto';

const OPEN_SUMMARY =
  'State a reason for access (break glass): opens this record beyond your caseload for a limited time, recorded for the IG lead';

@ApiTags('access')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class AccessReasonsController {
  constructor(private readonly accessReasons: AccessReasonsService) {}

  @Audited('participant', 'access-reason')
  @Post('participants/:id/access-reasons')
  @Access('state-access-reason', 'participant')
  @Idempotent()
  @ApiOperation({ summary: OPEN_SUMMARY })
  @ApiCreatedResponse({ type: BreakGlassAccessViewDto })
  @ApiProblems(400, 404, 415, 422)
  openParticipant(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: AccessReasonDto) {
    return this.accessReasons.open(staff, 'participant', id, dto);
  }

  @Audited('carer', 'access-reason')
  @Post('carers/:id/access-reasons')
  @Access('state-access-reason', 'carer')
  @Idempotent()
  @ApiOperation({ summary: OPEN_SUMMARY })
  @ApiCreatedResponse({ type: BreakGlassAccessViewDto })
  @ApiProblems(400, 404, 415, 422)
  openCarer(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: AccessReasonDto) {
    return this.accessReasons.open(staff, 'carer', id, dto);
  }

  @Get('access/break-glass')
  @Access('review-access-reasons')
  @ApiOperation({ summary: "The site's break-glass accesses, newest first, for the IG lead: who, which record, why" })
  @ApiOkResponse({ type: PageOf(BreakGlassAccessViewDto) })
  @ApiProblems(400)
  list(@CurrentStaff() staff: StaffMember, @Query() query: ListBreakGlassQuery) {
    return this.accessReasons.list(staff, query);
  }
}
