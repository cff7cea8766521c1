import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '../common/idempotency-key.decorator';
import { ConversationCarersAnswerDto, ConversationCarersDto } from './dto/conversation-carers.dto';
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

  @Audited('participant', 'carers')
  @Post(':id/carers')
  @Access('change-record', 'participant')
  @Idempotent()
  @ApiOperation({
    summary: 'Turn carers named in the guided conversation into carer records linked to the person, in one request',
  })
  @ApiCreatedResponse({ type: ConversationCarersAnswerDto })
  @ApiProblems(400, 404, 409, 415, 422, 503)
  fromConversation(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: ConversationCarersDto,
  ) {
    return this.carers.fromConversation(staff, participantId, dto);
  }
}
