import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, type StaffMember, teamsOfSite } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiStaffProblems } from '../problem/api-problems';

export class SiteTeamsView {
  @ApiProperty({ example: 'site-a' })
  siteId!: string;

  @ApiProperty({ type: [String], example: ['team-a1', 'team-a2'], description: 'Sorted, each once' })
  teams!: string[];
}

@ApiTags('participants')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('site/teams')
export class SiteTeamsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Access('read-site-teams')
  @ApiOperation({ summary: "Your site's teams (those of its staff): the teamId a referral or a carer can be given to" })
  @ApiOkResponse({ type: SiteTeamsView })
  list(@CurrentStaff() staff: StaffMember): SiteTeamsView {
    return { siteId: staff.siteId, teams: teamsOfSite(this.config, staff.siteId) };
  }
}
