import { Module } from '@nestjs/common';
import { SiteStaffDirectory } from '../common/site-staff.directory';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';
import { CaseloadController } from './caseload.controller';
import { CaseloadService } from './caseload.service';

/** Who holds each case, caseloads and the teams' worklists. */
@Module({
  controllers: [CaseloadController, AssignmentsController],
  providers: [CaseloadService, AssignmentsService, SiteStaffDirectory],
})
export class CaseloadModule {}
