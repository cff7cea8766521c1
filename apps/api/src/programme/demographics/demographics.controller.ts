import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../../problem/api-problems';
import { DemographicsDto, DemographicsViewDto } from './demographics.dto';
import { DemographicsService } from './demographics.service';
import { Idempotent } from '../../common/idempotency-key.decorator';
import { Audited } from '../../audit/audited.decorator';

/** Person-level, so for the care team (and administrators) only, like every participant route. */
@ApiTags('participants')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/demographics')
export class DemographicsController {
  constructor(private readonly demographics: DemographicsService) {}

  @Audited('participant', 'demographics')
  @Get()
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "A person's recorded protected characteristics" })
  @ApiOkResponse({ type: DemographicsViewDto })
  @ApiProblems(404)
  current(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.demographics.current(staff, id);
  }

  @Audited('participant', 'demographics')
  @Put()
  @Access('change-record', 'participant')
  @Idempotent()
  @ApiOperation({ summary: "Record a person's protected characteristics (replaces what was recorded)" })
  @ApiOkResponse({ type: DemographicsViewDto, description: 'As recorded: the same shape as GET' })
  @ApiProblems(400, 404, 415, 422)
  replace(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: DemographicsDto) {
    return this.demographics.replace(staff, id, dto);
  }
}
