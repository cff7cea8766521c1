import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { SiteSettingsViewDto } from './dto/programme-views.dto';
import { SiteSettingsDto } from './dto/site-settings.dto';
import { SiteSettingsService } from './site-settings.service';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('programme')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('programme/site-settings')
export class SiteSettingsController {
  constructor(private readonly settings: SiteSettingsService) {}

  @Get()
  @Access('read-programme-settings')
  @ApiOperation({ summary: "Your site's population, recorded characteristics and expected rates per 1,000" })
  @ApiOkResponse({ type: SiteSettingsViewDto })
  current(@CurrentStaff() staff: StaffMember) {
    return this.settings.view(staff.siteId);
  }

  @Put()
  @Access('set-site-rules')
  @Idempotent()
  @ApiOperation({ summary: "Set your site's population, recorded characteristics and expected rates (replaces them)" })
  @ApiOkResponse({ type: SiteSettingsViewDto, description: 'As stored: the same shape as GET' })
  @ApiProblems(400, 415, 422)
  replace(@CurrentStaff() staff: StaffMember, @Body() dto: SiteSettingsDto) {
    return this.settings.replace(staff, dto);
  }
}
