import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { ListRemindersQuery } from './dto/list-reminders.query';
import { RemindersService } from './reminders.service';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('reminders')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @ApiOperation({ summary: "The site's reminders, newest first: filter by status (failed), team, purpose, recipient" })
  list(@CurrentStaff() staff: StaffMember, @Query() query: ListRemindersQuery) {
    return this.reminders.list(staff, query);
  }

  @Post(':id/resend')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a failed reminder again, with fresh attempts (after its contact details were put right)',
  })
  resend(@CurrentStaff() staff: StaffMember, @Param('id') reminderId: string) {
    return this.reminders.resend(staff, reminderId);
  }
}
