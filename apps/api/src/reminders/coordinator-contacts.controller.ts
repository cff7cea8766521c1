import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ContactPreferencesViewDto } from './dto/reminder-view.dto';
import { ContactPreferencesService } from './contact-preferences.service';
import { ContactPreferencesDto } from './dto/contact-preferences.dto';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('coordinators')
export class CoordinatorContactsController {
  constructor(private readonly contactPreferences: ContactPreferencesService) {}

  @Get(':id/contact-preferences')
  @Access('read-coordinator-contacts')
  @ApiOperation({
    summary: "How your site's coordinator or team receives reminders, as your site recorded it (404 until recorded)",
  })
  @ApiOkResponse({ type: ContactPreferencesViewDto, description: 'The shape PUT takes, with when it was set' })
  @ApiProblems(400, 404)
  readContactPreferences(@CurrentStaff() staff: StaffMember, @Param('id') coordinatorId: string) {
    return this.contactPreferences.forCoordinator(staff, coordinatorId);
  }

  @Put(':id/contact-preferences')
  @Access('set-coordinator-contacts')
  @Idempotent()
  @ApiOperation({
    summary: "Record how your site's care coordinator (staff id) or team's shared inbox (team id) receives reminders",
  })
  @ApiOkResponse({ type: ContactPreferencesViewDto })
  @ApiProblems(400, 404, 409, 415, 422)
  setContactPreferences(
    @CurrentStaff() staff: StaffMember,
    @Param('id') coordinatorId: string,
    @Body() dto: ContactPreferencesDto,
  ) {
    return this.contactPreferences.setForCoordinator(staff, coordinatorId, dto);
  }
}
