import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, type StaffMember, teamsOfSite } from '@ipc/config';
import { CurrentStaff } from '../auth/auth.decorators';

@ApiTags('participants')
@ApiBearerAuth()
@Controller('site/teams')
export class SiteTeamsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: "Your site's teams (those of its staff): the teamId a referral or a carer can be given to" })
  list(@CurrentStaff() staff: StaffMember) {
    return { siteId: staff.siteId, teams: teamsOfSite(this.config.staff, staff.siteId) };
  }
}
