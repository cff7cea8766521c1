import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { CrisisEventsService } from './crisis-events.service';
import { CrisisEventDto, CrisisEventsViewDto, CrisisEventViewDto } from './dto/crisis-event.dto';

@ApiTags('outcomes')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/crisis-events')
export class CrisisEventsController {
  constructor(private readonly events: CrisisEventsService) {}

  @Audited('participant', 'crisis-events')
  @Post()
  @Access('change-record', 'participant')
  @Idempotent()
  @ApiOperation({ summary: 'A crisis or an unplanned hospital admission: when it happened and the source' })
  @ApiCreatedResponse({ type: CrisisEventViewDto })
  @ApiProblems(400, 404, 415, 422)
  record(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: CrisisEventDto) {
    return this.events.record(staff, id, dto);
  }

  @Audited('participant', 'crisis-events')
  @Get()
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "The person's crises and unplanned admissions, in the order they happened" })
  @ApiOkResponse({ type: CrisisEventsViewDto })
  @ApiProblems(404)
  list(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.events.list(staff, id);
  }
}
