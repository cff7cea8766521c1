import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { type AuditedRecordKind, type AuditEntry, AuditEntriesRepository, type AuditFilter } from '@ipc/persistence';
import { CarersService } from '../carers/carers.service';
import { pageOf, pageWindow, type PageQuery } from '../common/page.query';
import { periodOf } from '../common/period';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { AuditQuery } from './dto/audit.query';
import type { AuditEntryDto, AuditVerificationDto } from './dto/audit-views.dto';

/** Entries read per round trip for a whole access log. */
const WHOLE_LOG_BATCH = 500;

/** An entry as the IG lead reads it: its site is theirs, its link is in the hash. */
function entryView(entry: AuditEntry): AuditEntryDto {
  return {
    seq: entry.seq,
    occurredAt: entry.occurredAt.toISOString(),
    staffId: entry.staffId,
    staffRole: entry.staffRole,
    recordKind: entry.recordKind,
    recordId: entry.recordId,
    part: entry.part,
    accessReason: entry.accessReason,
    requestId: entry.requestId,
    method: entry.method,
    route: entry.route,
    status: entry.status,
    hash: entry.hash,
  };
}

/** The IG lead's view of the audit of their site: accesses, a record's access log, the chain's state. */
@Injectable()
export class AuditService {
  constructor(
    @Inject(AuditEntriesRepository) private readonly entries: AuditEntriesRepository,
    private readonly participants: ParticipantsService,
    private readonly carers: CarersService,
  ) {}

  async list(staff: StaffMember, query: AuditQuery) {
    if (query.participantId && query.carerId) {
      throw problems.validation([{ field: 'carerId', reason: 'give participantId or carerId, not both' }]);
    }
    const filter: AuditFilter = {
      recordKind: query.participantId ? 'participant' : query.carerId ? 'carer' : undefined,
      recordId: query.participantId ?? query.carerId,
      staffId: query.staffId,
      ...periodOf(query),
    };
    return this.page(staff, filter, query);
  }

  /** Who has looked at or changed this record, newest first; 404 for a record not at the site. */
  async accessLog(staff: StaffMember, recordKind: AuditedRecordKind, id: string, page: PageQuery) {
    const record =
      recordKind === 'participant'
        ? await this.participants.findForStaff(staff, id)
        : await this.carers.findForStaff(staff, id);
    return this.page(staff, { recordKind, recordId: record.id }, page);
  }

  /** Every access to a record the caller has found at their site, newest first, for a subject access request. */
  async wholeAccessLog(staff: StaffMember, recordKind: AuditedRecordKind, recordId: string) {
    const all: AuditEntryDto[] = [];
    for (let skip = 0; ; skip += WHOLE_LOG_BATCH) {
      const { items } = await this.entries.page(
        staff.siteId,
        { recordKind, recordId },
        { skip, take: WHOLE_LOG_BATCH },
      );
      all.push(...items.map(entryView));
      if (items.length < WHOLE_LOG_BATCH) return all;
    }
  }

  async verify(staff: StaffMember): Promise<AuditVerificationDto> {
    const { entries, sites, breaks } = await this.entries.verify(staff.siteId);
    const [site] = sites;
    return {
      verified: breaks.length === 0,
      entries,
      headSeq: site?.headSeq ?? null,
      headHash: site?.headHash ?? null,
      breaks: breaks.map(({ seq, problem, detail }) => ({ seq, problem, detail })),
    };
  }

  private async page(staff: StaffMember, filter: AuditFilter, query: PageQuery) {
    const { items, total } = await this.entries.page(staff.siteId, filter, pageWindow(query));
    return pageOf(query, items.map(entryView), total);
  }
}
