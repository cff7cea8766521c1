import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import {
  WORKLIST_NAMES,
  type WorklistName,
  type WorklistThresholds,
  worklistDates,
  worklistThresholds,
} from '@ipc/domain';
import { CaseloadRepository, SiteSettingsRepository } from '@ipc/persistence';
import { todayInLondon } from '../common/calendar-date.validator';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { SiteStaffDirectory } from '../common/site-staff.directory';
import { problems } from '../problem/problem.exception';
import type { WorklistThresholdsDto } from './dto/worklist-thresholds.dto';

const isWorklistName = (name: string): name is WorklistName => (WORKLIST_NAMES as readonly string[]).includes(name);

/** Caseloads (a staff member's, a team's) and a team's worklists, with the site's thresholds. */
@Injectable()
export class CaseloadService {
  constructor(
    @Inject(CaseloadRepository)
    private readonly caseloads: Pick<
      CaseloadRepository,
      'staffCaseload' | 'teamCaseload' | 'worklistCounts' | 'worklist'
    >,
    @Inject(SiteSettingsRepository)
    private readonly settings: Pick<SiteSettingsRepository, 'worklistThresholds' | 'saveWorklistThresholds'>,
    private readonly staffDirectory: SiteStaffDirectory,
  ) {}

  /** The open cases the signed-in staff member holds. */
  async staffCaseload(staff: StaffMember, query: PageQuery) {
    const { rows, total } = await this.caseloads.staffCaseload(staff.siteId, staff.staffId, pageWindow(query));
    return pageOf(query, rows, total);
  }

  async teamCaseload(staff: StaffMember, teamId: string, query: PageQuery) {
    const scope = await this.teamScope(staff, teamId);
    const { rows, total } = await this.caseloads.teamCaseload(scope, pageWindow(query));
    return pageOf(query, rows, total);
  }

  /** Every worklist's count, in the order the lists are named. */
  async worklists(staff: StaffMember, teamId: string) {
    const scope = await this.teamScope(staff, teamId);
    const thresholds = await this.thresholds(staff.siteId);
    const asOf = todayInLondon();
    const counts = await this.caseloads.worklistCounts(scope, worklistDates(asOf, thresholds));
    return { teamId, asOf, worklists: WORKLIST_NAMES.map((name) => ({ name, count: counts[name] })), thresholds };
  }

  async worklist(staff: StaffMember, teamId: string, name: string, query: PageQuery) {
    const scope = await this.teamScope(staff, teamId);
    if (!isWorklistName(name)) throw problems.notFound('Worklist');
    const dates = worklistDates(todayInLondon(), await this.thresholds(staff.siteId));
    const { rows, total } = await this.caseloads.worklist(name, scope, dates, pageWindow(query));
    return pageOf(query, rows, total);
  }

  async thresholds(siteId: string): Promise<WorklistThresholds> {
    return worklistThresholds(await this.settings.worklistThresholds(siteId));
  }

  /** Replaces what the site set; what it leaves out keeps the default. Answers the thresholds in force. */
  async replaceThresholds(staff: StaffMember, dto: WorklistThresholdsDto) {
    await this.settings.saveWorklistThresholds(
      staff.siteId,
      { ...dto, stalledDays: { ...dto.stalledDays } },
      staff.staffId,
    );
    return this.thresholds(staff.siteId);
  }

  /** A team of the staff member's site; another site's team, or no such team, is a 404. */
  private async teamScope(staff: StaffMember, teamId: string) {
    if (!(await this.staffDirectory.teamsOfSite(staff.siteId)).includes(teamId)) throw problems.notFound('Team');
    return { siteId: staff.siteId, teamId };
  }
}
