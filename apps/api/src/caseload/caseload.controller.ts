import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { WORKLIST_NAMES } from '@ipc/domain';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { CaseloadService } from './caseload.service';
import { CaseloadItemDto, WorklistItemDto, WorklistsDto, WorklistThresholdsViewDto } from './dto/caseload-views.dto';
import { WorklistThresholdsDto } from './dto/worklist-thresholds.dto';

@ApiTags('caseload')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class CaseloadController {
  constructor(private readonly caseloads: CaseloadService) {}

  @Get('caseload')
  @Access('read-caseload')
  @ApiOperation({
    summary: "Your caseload: the open cases you hold (a person's coordinator or connector, a carer's coordinator)",
  })
  @ApiOkResponse({ type: PageOf(CaseloadItemDto), description: 'Soonest due first, then the rest' })
  @ApiProblems(400)
  mine(@CurrentStaff() staff: StaffMember, @Query() query: PageQuery) {
    return this.caseloads.staffCaseload(staff, query);
  }

  @Get('teams/:teamId/caseload')
  @Access('read-caseload')
  @ApiOperation({ summary: "A team's caseload at your site: its open cases, people and carers" })
  @ApiOkResponse({ type: PageOf(CaseloadItemDto), description: 'Soonest due first, then the rest' })
  @ApiProblems(400, 404)
  team(@CurrentStaff() staff: StaffMember, @Param('teamId') teamId: string, @Query() query: PageQuery) {
    return this.caseloads.teamCaseload(staff, teamId, query);
  }

  @Get('teams/:teamId/worklists')
  @Access('read-caseload')
  @ApiOperation({ summary: "How many cases each of a team's worklists holds today, and the thresholds used" })
  @ApiOkResponse({ type: WorklistsDto })
  @ApiProblems(404)
  worklists(@CurrentStaff() staff: StaffMember, @Param('teamId') teamId: string) {
    return this.caseloads.worklists(staff, teamId);
  }

  @Get('teams/:teamId/worklists/:name')
  @Access('read-caseload')
  @ApiOperation({ summary: "One of a team's worklists, paged" })
  @ApiParam({ name: 'name', enum: WORKLIST_NAMES })
  @ApiOkResponse({ type: PageOf(WorklistItemDto) })
  @ApiProblems(400, 404)
  worklist(
    @CurrentStaff() staff: StaffMember,
    @Param('teamId') teamId: string,
    @Param('name') name: string,
    @Query() query: PageQuery,
  ) {
    return this.caseloads.worklist(staff, teamId, name, query);
  }

  @Get('site/worklist-thresholds')
  @Access('read-site-rules')
  @ApiOperation({ summary: "Your site's worklist thresholds in force, in days" })
  @ApiOkResponse({ type: WorklistThresholdsViewDto })
  thresholds(@CurrentStaff() staff: StaffMember) {
    return this.caseloads.thresholds(staff.siteId);
  }

  @Put('site/worklist-thresholds')
  @Access('set-site-rules')
  @Idempotent()
  @ApiOperation({ summary: "Set your site's worklist thresholds (replaces them; what is left out keeps the default)" })
  @ApiOkResponse({ type: WorklistThresholdsViewDto, description: 'The thresholds in force: the same shape as GET' })
  @ApiProblems(400, 415, 422)
  replaceThresholds(@CurrentStaff() staff: StaffMember, @Body() dto: WorklistThresholdsDto) {
    return this.caseloads.replaceThresholds(staff, dto);
  }
}
