import { Inject, Injectable } from '@nestjs/common';
import { CARE_TEAM_ROLES, type StaffMember, type StaffRole } from '@ipc/config';
import { RecordAccessRepository, type RecordKind } from '@ipc/persistence';

/** A record one request acts on, and on what grounds it may. */
export type RecordAccess =
  | { kind: RecordKind; id: string; outcome: 'granted'; basis: 'care-relationship' }
  | { kind: RecordKind; id: string; outcome: 'granted'; basis: 'break-glass'; breakGlassId: string; reason: string }
  | { kind: RecordKind; id: string; outcome: 'needs-reason' }
  | { kind: RecordKind; id: string; outcome: 'not-found' };

const isCareTeam = (role: StaffRole) => (CARE_TEAM_ROLES as readonly StaffRole[]).includes(role);

/**
 * Whether a staff member has a legitimate relationship with a record: care-team staff with the
 * people and carers on their teams' caseloads or assigned to them; anyone else at the site only while a reason they
 * stated for access is open (break glass). Another site's record is not found.
 */
@Injectable()
export class CareRelationships {
  constructor(
    @Inject(RecordAccessRepository)
    private readonly records: Pick<RecordAccessRepository, 'careTeamOf' | 'openAccess'>,
  ) {}

  async canAccess(staff: StaffMember, kind: RecordKind, id: string): Promise<RecordAccess> {
    const careTeam = await this.records.careTeamOf(kind, id, staff.siteId);
    if (!careTeam) return { kind, id, outcome: 'not-found' };
    if (isCareTeam(staff.role) && (staff.teams.includes(careTeam.teamId) || careTeam.holders.includes(staff.staffId))) {
      return { kind, id, outcome: 'granted', basis: 'care-relationship' };
    }
    const open = await this.records.openAccess(staff.siteId, staff.staffId, kind, id);
    return open
      ? { kind, id, outcome: 'granted', basis: 'break-glass', breakGlassId: open.id, reason: open.reason }
      : { kind, id, outcome: 'needs-reason' };
  }
}
