import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type FindOptionsWhere, LessThanOrEqual, MoreThan, MoreThanOrEqual, And } from 'typeorm';
import { BreakGlassAccessEntity, CarerEntity, ParticipantEntity } from '../entities';

/** The records access is granted to one at a time: a person's journey or a carer's. */
export type RecordKind = 'participant' | 'carer';

/** Who is responsible for a record at its site: today its team; the assigned staff join it later. */
export interface RecordCareTeam {
  teamId: string;
  /** The staff named to hold the case (its coordinator, and a person's connector). */
  holders: string[];
}

export interface NewBreakGlassAccess {
  siteId: string;
  staffId: string;
  staffRole: string;
  recordKind: RecordKind;
  recordId: string;
  reason: string;
  /** How long the record stays open to the staff member, from now. */
  minutes: number;
}

/** A break glass as recorded: who opened which record, why, and for how long. */
export interface BreakGlassAccess extends Omit<NewBreakGlassAccess, 'minutes'> {
  id: string;
  openedAt: Date;
  expiresAt: Date;
}

export interface BreakGlassFilter {
  siteId: string;
  staffId?: string;
  recordId?: string;
  /** Opened at or after this instant. */
  from?: Date;
  /** Opened before this instant. */
  to?: Date;
}

const view = (row: BreakGlassAccessEntity): BreakGlassAccess => ({ ...row, recordKind: row.recordKind as RecordKind });

/** Whose caseload a record is on, and the reasons stated for opening records beyond it (break glass). */
@Injectable()
export class RecordAccessRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The record's care team, if the record exists at the site. */
  async careTeamOf(kind: RecordKind, recordId: string, siteId: string): Promise<RecordCareTeam | undefined> {
    const where = { id: recordId, siteId };
    if (kind === 'participant') {
      const row = await this.dataSource.getRepository(ParticipantEntity).findOne({
        select: { teamId: true, coordinatorId: true, connectorId: true },
        where,
      });
      return row
        ? { teamId: row.teamId, holders: [row.coordinatorId, row.connectorId].flatMap((id) => id ?? []) }
        : undefined;
    }
    const row = await this.dataSource
      .getRepository(CarerEntity)
      .findOne({ select: { teamId: true, coordinatorId: true }, where });
    return row ? { teamId: row.teamId, holders: row.coordinatorId ? [row.coordinatorId] : [] } : undefined;
  }

  async open(access: NewBreakGlassAccess): Promise<BreakGlassAccess> {
    const [row] = await this.dataSource.query<BreakGlassAccessEntity[]>(
      `INSERT INTO break_glass_access (site_id, staff_id, staff_role, record_kind, record_id, reason, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 minute')
       RETURNING id, site_id AS "siteId", staff_id AS "staffId", staff_role AS "staffRole",
                 record_kind AS "recordKind", record_id AS "recordId", reason, opened_at AS "openedAt",
                 expires_at AS "expiresAt"`,
      [
        access.siteId,
        access.staffId,
        access.staffRole,
        access.recordKind,
        access.recordId,
        access.reason,
        access.minutes,
      ],
    );
    return view(row);
  }

  /** The staff member's latest access to the record that is still open now, if any. */
  async openAccess(siteId: string, staffId: string, kind: RecordKind, recordId: string) {
    const row = await this.dataSource.getRepository(BreakGlassAccessEntity).findOne({
      where: { siteId, staffId, recordKind: kind, recordId, expiresAt: MoreThan(new Date()) },
      order: { expiresAt: 'DESC' },
    });
    return row ? view(row) : undefined;
  }

  /** The site's break-glass accesses, newest first, a page at a time. */
  async list(filter: BreakGlassFilter, page: { page: number; pageSize: number }) {
    const where: FindOptionsWhere<BreakGlassAccessEntity> = { siteId: filter.siteId };
    if (filter.staffId) where.staffId = filter.staffId;
    if (filter.recordId) where.recordId = filter.recordId;
    if (filter.from && filter.to) where.openedAt = And(MoreThanOrEqual(filter.from), LessThanOrEqual(filter.to));
    else if (filter.from) where.openedAt = MoreThanOrEqual(filter.from);
    else if (filter.to) where.openedAt = LessThanOrEqual(filter.to);
    const [rows, total] = await this.dataSource.getRepository(BreakGlassAccessEntity).findAndCount({
      where,
      order: { openedAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { items: rows.map(view), total };
  }
}
