import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ContactPreferencesViewDto } from './dto/reminder-view.dto';
import { ContactPreferencesService } from './contact-preferences.service';
import { ContactPreferencesDto } from './dto/contact-preferences.dto';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiStaffProblems()
@Roles('care-team', 'administrator')
@Controller('coordinators')
export class CoordinatorContactsController {
  constructor(private readonly contactPreferences: ContactPreferencesService) {}

  @Put(':id/contact-preferences')
  @ApiOperation({
    summary: "Record how a care coordinator (staff id) or a team's shared inbox (team id) receives reminders",
  })
  @ApiOkResponse({ type: ContactPreferencesViewDto })
  @ApiProblems(400, 409, 415)
  setContactPreferences(
    @CurrentStaff() staff: StaffMember,
    @Param('id') coordinatorId: string,
    @Body() dto: ContactPreferencesDto,
  ) {
    return this.contactPreferences.setForCoordinator(staff, coordinatorId, dto);
  }
}
