import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { PageOf } from '../common/page.dto';
import { PageQuery } from '../common/page.query';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ExportsCsv } from '../programme/csv/csv-export';
import { auditCsv } from './audit-csv';
import { AuditService } from './audit.service';
import { Audited } from './audited.decorator';
import { AuditQuery } from './dto/audit.query';
import { AuditEntryDto, AuditVerificationDto } from './dto/audit-views.dto';

/** The information-governance lead's view of who accessed which record at their site. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  @Access('read-audit')
  @ApiOperation({ summary: 'Accesses to records at your site, newest first: by person or carer, staff member, period' })
  @ExportsCsv(auditCsv, PageOf(AuditEntryDto))
  @ApiProblems(400)
  list(@CurrentStaff() staff: StaffMember, @Query() query: AuditQuery) {
    return this.audit.list(staff, query);
  }

  @Get('audit/verification')
  @Access('read-audit')
  @ApiOperation({ summary: "Checks your site's audit chain: names each entry changed or following a missing one" })
  @ApiOkResponse({ type: AuditVerificationDto })
  verify(@CurrentStaff() staff: StaffMember) {
    return this.audit.verify(staff);
  }

  @Audited('participant', 'access-log')
  @Get('participants/:id/access-log')
  @Access('read-access-log', 'participant')
  @ApiOperation({ summary: "Who has read or changed this person's record, newest first (subject access)" })
  @ApiOkResponse({ type: PageOf(AuditEntryDto) })
  @ApiProblems(400, 404)
  participantAccessLog(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Query() page: PageQuery) {
    return this.audit.accessLog(staff, 'participant', id, page);
  }

  @Audited('carer', 'access-log')
  @Get('carers/:id/access-log')
  @Access('read-access-log', 'carer')
  @ApiOperation({ summary: "Who has read or changed this carer's record, newest first (subject access)" })
  @ApiOkResponse({ type: PageOf(AuditEntryDto) })
  @ApiProblems(400, 404)
  carerAccessLog(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Query() page: PageQuery) {
    return this.audit.accessLog(staff, 'carer', id, page);
  }
}
