import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { ContactPreferencesService } from './contact-preferences.service';
import { ContactPreferencesDto } from './dto/contact-preferences.dto';
import { RemindersService } from './reminders.service';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('participants')
export class ParticipantRemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly contactPreferences: ContactPreferencesService,
  ) {}

  @Get(':id/reminders')
  @ApiOperation({ summary: 'Reminders about a person: what was sent, when, through which channel, and its status' })
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string) {
    return this.reminders.forParticipant(staff, participantId);
  }

  @Get(':id/contact-preferences')
  @ApiOperation({
    summary: "Read the person's reminder channel, format, language and contact details (404 until recorded)",
  })
  readContactPreferences(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string) {
    return this.contactPreferences.forParticipant(staff, participantId);
  }

  @Put(':id/contact-preferences')
  @Idempotent()
  @ApiOperation({ summary: "Record the person's reminder channel, format, language and contact details" })
  setContactPreferences(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @Body() dto: ContactPreferencesDto,
  ) {
    return this.contactPreferences.setForParticipant(staff, participantId, dto);
  }
}
