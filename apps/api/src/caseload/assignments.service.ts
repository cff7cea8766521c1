import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type CaseHolders, CaseAssignmentsRepository, type NewAssignment } from '@ipc/persistence';
import type { CaseKind } from '../cases/case-kind';
import { caseNotFound } from '../cases/case.errors';
import { todayInLondon } from '../common/calendar-date.validator';
import { SiteStaffDirectory } from '../common/site-staff.directory';
import { isUuid } from '../common/uuid';
import { problems } from '../problem/problem.exception';
import type { AssignmentDto, TransferDto } from './dto/assignment.dto';
import type { CaseHoldersDto } from './dto/caseload-views.dto';

/**
 * Names who holds a case (its coordinator, its connector) and gives it to another team, journeys
 * and carers alike. A record, not a stage: it is written to PostgreSQL, where the caseloads,
 * worklists, timeline and reminder activities read it, and no workflow is asked.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    @Inject(CaseAssignmentsRepository) private readonly assignments: Pick<CaseAssignmentsRepository, 'assign'>,
    private readonly staffDirectory: SiteStaffDirectory,
  ) {}

  async assign(kind: CaseKind, staff: StaffMember, ownerId: string, dto: AssignmentDto, requestId: string) {
    if (kind.name === 'carer' && dto.role === 'community-connector') {
      throw problems.validation([{ field: 'role', reason: "a carer's case takes only care-coordinator" }]);
    }
    if (!(await this.staffDirectory.findStaff(staff.siteId, dto.staffId))) {
      throw problems.validation([{ field: 'staffId', reason: 'is not a staff member of your site' }]);
    }
    const change = dto.role === 'care-coordinator' ? 'coordinator' : 'connector';
    return this.record(kind, staff, ownerId, requestId, dto, { change, toId: dto.staffId, reason: dto.reason ?? null });
  }

  async transfer(kind: CaseKind, staff: StaffMember, ownerId: string, dto: TransferDto, requestId: string) {
    const teams = await this.staffDirectory.teamsOfSite(staff.siteId);
    if (!teams.includes(dto.teamId)) {
      throw problems.validation([{ field: 'teamId', reason: `is not a team of your site (${teams.join(', ')})` }]);
    }
    return this.record(kind, staff, ownerId, requestId, dto, { change: 'team', toId: dto.teamId, reason: dto.reason });
  }

  private async record(
    kind: CaseKind,
    staff: StaffMember,
    ownerId: string,
    requestId: string,
    dto: { effectiveDate?: string },
    change: Pick<NewAssignment, 'change' | 'toId' | 'reason'>,
  ): Promise<CaseHoldersDto> {
    if (!isUuid(ownerId)) throw caseNotFound(kind);
    const result = await this.assignments.assign(kind.timeline, {
      ...change,
      siteId: staff.siteId,
      ownerId,
      requestId,
      actor: { staffId: staff.staffId, teamId: staff.teamId },
      effectiveOn: dto.effectiveDate ?? todayInLondon(),
    });
    if (result.outcome === 'not-found') throw caseNotFound(kind);
    if (result.outcome === 'closed') {
      throw problems.conflict('case-closed', `${kind.noun} case is closed`, 'A closed case keeps who held it.', {
        closedOn: result.holders.closedOn,
      });
    }
    return holdersView(kind, result.holders);
  }
}

export function holdersView(kind: CaseKind, holders: CaseHolders): CaseHoldersDto {
  const { id, stage, teamId, coordinatorId, connectorId } = holders;
  return { caseKind: kind.name === 'journey' ? 'participant' : 'carer', id, stage, teamId, coordinatorId, connectorId };
}
