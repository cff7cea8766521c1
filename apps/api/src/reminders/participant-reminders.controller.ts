import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ContactPreferencesViewDto, ReminderViewDto } from './dto/reminder-view.dto';
import { ContactPreferencesService } from './contact-preferences.service';
import { ContactPreferencesDto } from './dto/contact-preferences.dto';
import { RemindersService } from './reminders.service';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiStaffProblems()
@Roles('care-team', 'administrator')
@Controller('participants')
export class ParticipantRemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly contactPreferences: ContactPreferencesService,
  ) {}

  @Get(':id/reminders')
  @ApiOperation({ summary: 'Reminders about a person: what was sent, when, through which channel, and its status' })
  @ApiOkResponse({ type: PageOf(ReminderViewDto) })
  @ApiProblems(400, 404)
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string, @Query() page: PageQuery) {
    return this.reminders.forParticipant(staff, participantId, page);
  }

  @Get(':id/contact-preferences')
  @ApiOperation({
    summary: "Read the person's reminder channel, format, language and contact details (404 until recorded)",
  })
  @ApiOkResponse({ type: ContactPreferencesViewDto, description: 'The shape PUT takes, with when it was set' })
  @ApiProblems(404)
  readContactPreferences(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string) {
    return this.contactPreferences.forParticipant(staff, participantId);
  }

  @Put(':id/contact-preferences')
  @Idempotent()
  @ApiOperation({ summary: "Record the person's reminder channel, format, language and contact details" })
  @ApiOkResponse({ type: ContactPreferencesViewDto })
  @ApiProblems(400, 404, 415, 422)
  setContactPreferences(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: ContactPreferencesDto,
  ) {
    return this.contactPreferences.setForParticipant(staff, participantId, dto);
  }
}
