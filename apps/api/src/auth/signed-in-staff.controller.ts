import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { STAFF_ROLES, type StaffMember, type StaffRole } from '@ipc/config';
import { ApiStaffProblems } from '../problem/api-problems';
import { Access, CurrentStaff } from './auth.decorators';

export class SignedInStaffView {
  @ApiProperty({ example: 'dev-coordinator' })
  staffId!: string;

  @ApiProperty({ example: 'dev-site' })
  siteId!: string;

  @ApiProperty({ example: 'dev-team', description: 'The team they act for: the first of `teams`, or `no-team`' })
  teamId!: string;

  @ApiProperty({ type: [String], example: ['dev-team'] })
  teams!: string[];

  @ApiProperty({ enum: STAFF_ROLES, example: 'care-coordinator' })
  role!: StaffRole;

  @ApiProperty({ enum: ['person', 'service'] })
  account!: 'person' | 'service';
}

@ApiTags('sign-in')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('me')
export class SignedInStaffController {
  /** A client (the console) learns who a token is for as the API reads it, role mapping included. */
  @Get()
  @Access('read-own-identity')
  @ApiOperation({ summary: 'Who your token signs you in as: staff id, site, teams and engine role' })
  @ApiOkResponse({ type: SignedInStaffView })
  me(@CurrentStaff() staff: StaffMember): SignedInStaffView {
    const { staffId, siteId, teamId, teams, role, account } = staff;
    return { staffId, siteId, teamId, teams, role, account };
  }
}
