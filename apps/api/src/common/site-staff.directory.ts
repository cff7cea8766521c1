import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffRole, teamsOfSite } from '@ipc/config';

/** A person on a site's staff as others may name them: to hold a case, or to see whose caseload. */
export interface SiteStaffMember {
  staffId: string;
  teamId: string;
  role: StaffRole;
}

/**
 * The one lookup of "staff of the site": who may be named a case's coordinator or connector, and
 * the teams a case may be given to. Staff come from STAFF_TOKENS today; the identity provider
 * supplies them later behind the same methods.
 */
@Injectable()
export class SiteStaffDirectory {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async staffOfSite(siteId: string): Promise<SiteStaffMember[]> {
    const members = new Map<string, SiteStaffMember>();
    for (const { staffId, teamId, role, account, siteId: site } of this.config.staff.values()) {
      // A service account acts on no one's record, so it is never named to hold a case.
      if (site === siteId && account === 'person' && !members.has(staffId)) {
        members.set(staffId, { staffId, teamId, role });
      }
    }
    return [...members.values()].sort((a, b) => (a.staffId < b.staffId ? -1 : 1));
  }

  async findStaff(siteId: string, staffId: string): Promise<SiteStaffMember | undefined> {
    return (await this.staffOfSite(siteId)).find((member) => member.staffId === staffId);
  }

  async teamsOfSite(siteId: string): Promise<string[]> {
    return teamsOfSite(this.config, siteId);
  }
}
