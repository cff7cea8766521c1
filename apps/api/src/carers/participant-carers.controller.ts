import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { CarersService } from './carers.service';
import { ParticipantCarerDto } from './dto/carer-views.dto';
import { Audited } from '../audit/audited.decorator';

@ApiTags('carers')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants')
export class ParticipantCarersController {
  constructor(private readonly carers: CarersService) {}

  @Audited('participant', 'carers')
  @Get(':id/carers')
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "A person's carers: each one's kind, relationship, stage and next transition point" })
  @ApiOkResponse({ type: PageOf(ParticipantCarerDto) })
  @ApiProblems(400, 404)
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string, @Query() page: PageQuery) {
    return this.carers.forParticipant(staff, participantId, page);
  }
}
