import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { SiteSettingsDto } from './dto/site-settings.dto';
import { SiteSettingsService } from './site-settings.service';
import { Idempotent } from '../common/idempotency-key.decorator';

@ApiTags('programme')
@ApiBearerAuth()
@Controller('programme/site-settings')
export class SiteSettingsController {
  constructor(private readonly settings: SiteSettingsService) {}

  @Get()
  @Roles('programme-lead', 'administrator')
  @ApiOperation({ summary: "Your site's population, recorded characteristics and expected rates per 1,000" })
  current(@CurrentStaff() staff: StaffMember) {
    return this.settings.current(staff.siteId);
  }

  @Put()
  @Idempotent()
  @Roles('administrator')
  @ApiOperation({ summary: "Set your site's population, recorded characteristics and expected rates (replaces them)" })
  replace(@CurrentStaff() staff: StaffMember, @Body() dto: SiteSettingsDto) {
    return this.settings.replace(staff, dto);
  }
}
