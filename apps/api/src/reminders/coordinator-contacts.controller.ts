import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { ContactPreferencesService } from './contact-preferences.service';
import { ContactPreferencesDto } from './dto/contact-preferences.dto';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('coordinators')
export class CoordinatorContactsController {
  constructor(private readonly contactPreferences: ContactPreferencesService) {}

  @Get(':id/contact-preferences')
  @ApiOperation({
    summary: "How your site's coordinator or team receives reminders, as your site recorded it (404 until recorded)",
  })
  readContactPreferences(@CurrentStaff() staff: StaffMember, @Param('id') coordinatorId: string) {
    return this.contactPreferences.forCoordinator(staff, coordinatorId);
  }

  @Put(':id/contact-preferences')
  @Idempotent()
  @ApiOperation({
    summary: "Record how your site's care coordinator (staff id) or team's shared inbox (team id) receives reminders",
  })
  setContactPreferences(
    @CurrentStaff() staff: StaffMember,
    @Param('id') coordinatorId: string,
    @Body() dto: ContactPreferencesDto,
  ) {
    return this.contactPreferences.setForCoordinator(staff, coordinatorId, dto);
  }
}
