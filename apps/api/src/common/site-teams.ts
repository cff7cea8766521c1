import { type AppConfig, type StaffMember, teamsOfSite } from '@ipc/config';
import type { FieldError } from '../problem/problem.exception';

/**
 * What is wrong with the team a new case (a referral, a carer) is given to, if anything: a team named
 * must be one of the staff member's site; without one, the case goes to the staff member's own team.
 */
export function teamIdProblem(config: AppConfig, staff: StaffMember, teamId: string | undefined): FieldError[] {
  const teams = teamsOfSite(config, staff.siteId);
  if (teamId === undefined || teams.includes(teamId)) return [];
  return [{ field: 'teamId', reason: `is not a team of your site (${teams.join(', ')})` }];
}
