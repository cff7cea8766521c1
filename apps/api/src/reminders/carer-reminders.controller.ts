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
@Controller('carers')
export class CarerRemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly contactPreferences: ContactPreferencesService,
  ) {}

  @Get(':id/reminders')
  @ApiOperation({ summary: 'Reminders sent to a carer: what, when, through which channel, and its status' })
  list(@CurrentStaff() staff: StaffMember, @Param('id') carerId: string) {
    return this.reminders.forCarer(staff, carerId);
  }

  @Get(':id/contact-preferences')
  @ApiOperation({
    summary: "Read the carer's reminder channel, format, language and contact details (404 until recorded)",
  })
  readContactPreferences(@CurrentStaff() staff: StaffMember, @Param('id') carerId: string) {
    return this.contactPreferences.forCarer(staff, carerId);
  }

  @Put(':id/contact-preferences')
  @Idempotent()
  @ApiOperation({ summary: "Change the carer's reminder channel, format, language and contact details" })
  setContactPreferences(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: ContactPreferencesDto,
  ) {
    return this.contactPreferences.setForCarer(staff, carerId, dto);
  }
}
