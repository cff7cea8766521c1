import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { StrandedCasesDto } from './recovery-views.dto';
import { CaseRecoveryService } from './case-recovery.service';

/** For a site's administrator: the site's open cases whose workflow is gone, and their rebuild. */
@ApiTags('administration')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('admin/recovery')
export class RecoveryController {
  constructor(private readonly recovery: CaseRecoveryService) {}

  @Get()
  @Access('read-recovery')
  @ApiOperation({
    summary: "Your site's open journeys and carers whose workflow is missing or has ended (changes nothing)",
  })
  @ApiOkResponse({ type: StrandedCasesDto })
  async list(@CurrentStaff() staff: StaffMember) {
    return { cases: await this.recovery.findStranded(staff.siteId) };
  }

  @Post()
  @Access('run-recovery')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({ summary: 'Rebuild each of them from its record, back at the same stage with its timers' })
  @ApiOkResponse({ type: StrandedCasesDto, description: 'Each case with the outcome of its rebuild' })
  @ApiProblems(400, 422, 503)
  async recover(@CurrentStaff() staff: StaffMember) {
    return { cases: await this.recovery.recover(staff.siteId) };
  }
}
