import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import { type BreakGlassAccess, RecordAccessRepository, type RecordKind } from '@ipc/persistence';
import { pageOf } from '../common/page.query';
import { isUuid } from '../common/uuid';
import { periodOf } from '../common/period';
import { problems } from '../problem/problem.exception';
import type { AccessReasonDto, BreakGlassAccessViewDto, ListBreakGlassQuery } from './dto/access-reason.dto';

const NOUNS: Record<RecordKind, string> = { participant: 'Participant', carer: 'Carer' };

const viewOf = (access: BreakGlassAccess): BreakGlassAccessViewDto => ({
  id: access.id,
  recordKind: access.recordKind,
  recordId: access.recordId,
  staffId: access.staffId,
  staffRole: access.staffRole,
  reason: access.reason,
  openedAt: access.openedAt.toISOString(),
  expiresAt: access.expiresAt.toISOString(),
});

/** Break glass: a stated reason opens one record beyond one's caseload for a while, and is kept for the IG lead. */
@Injectable()
export class AccessReasonsService {
  constructor(
    @Inject(RecordAccessRepository)
    private readonly records: Pick<RecordAccessRepository, 'careTeamOf' | 'open' | 'list'>,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'breakGlassMinutes'>,
  ) {}

  async open(staff: StaffMember, kind: RecordKind, recordId: string, dto: AccessReasonDto) {
    const atSite = isUuid(recordId) && (await this.records.careTeamOf(kind, recordId, staff.siteId));
    if (!atSite) throw problems.notFound(NOUNS[kind]);
    const access = await this.records.open({
      siteId: staff.siteId,
      staffId: staff.staffId,
      staffRole: staff.role,
      recordKind: kind,
      recordId,
      reason: dto.reason,
      minutes: this.config.breakGlassMinutes,
    });
    return viewOf(access);
  }

  async list(staff: StaffMember, query: ListBreakGlassQuery) {
    const { items, total } = await this.records.list(
      { siteId: staff.siteId, staffId: query.staffId, recordId: query.recordId, ...periodOf(query) },
      query,
    );
    return pageOf(query, items.map(viewOf), total);
  }
}
