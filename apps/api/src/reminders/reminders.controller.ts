import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { PageOf } from '../common/page.dto';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ReminderViewDto } from './dto/reminder-view.dto';
import { ListRemindersQuery } from './dto/list-reminders.query';
import { RemindersService } from './reminders.service';
import { Idempotent } from '../common/idempotency-key.decorator';
import { Audited } from '../audit/audited.decorator';

@ApiTags('reminders')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersService) {}

  @Audited('participant', 'reminders', 'none')
  @Get()
  @Access('read-site-reminders')
  @ApiOperation({ summary: "The site's reminders, newest first: filter by status (failed), team, purpose, recipient" })
  @ApiOkResponse({ type: PageOf(ReminderViewDto) })
  @ApiProblems(400)
  list(@CurrentStaff() staff: StaffMember, @Query() query: ListRemindersQuery) {
    return this.reminders.list(staff, query);
  }

  @Post(':id/resend')
  @Access('resend-reminder')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a failed reminder again, with fresh attempts (after its contact details were put right)',
  })
  @ApiOkResponse({ type: ReminderViewDto })
  @ApiProblems(400, 404, 409, 422)
  resend(@CurrentStaff() staff: StaffMember, @Param('id') reminderId: string) {
    return this.reminders.resend(staff, reminderId);
  }
}
