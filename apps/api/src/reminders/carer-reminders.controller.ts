import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { RemindersService } from './reminders.service';

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('carers')
export class CarerRemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get(':id/reminders')
  @ApiOperation({ summary: 'Reminders sent to a carer: what, when, through which channel, and its status' })
  list(@CurrentStaff() staff: StaffMember, @Param('id') carerId: string) {
    return this.reminders.forCarer(staff, carerId);
  }
}
