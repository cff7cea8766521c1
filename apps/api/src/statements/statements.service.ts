import { Inject, Injectable } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { DataSource } from 'typeorm';
import { ParticipantsService } from '../participants/participants.service';
import { type PageQuery, pageOf, pageWindow } from '../common/page.query';
import { problems } from '../problem/problem.exception';

export interface StoredStatement {
  id: string;
  kind: 'indicative' | 'annual';
  issuedOn: string;
  periodStart: string | null;
  periodEnd: string | null;
  largePrint: boolean;
}

const COLUMNS = `id, kind, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn",
  to_char(period_start, 'YYYY-MM-DD') AS "periodStart", to_char(period_end, 'YYYY-MM-DD') AS "periodEnd",
  large_print AS "largePrint"`;

/** The Individual Statements of Resources and annual statements issued to a person. */
@Injectable()
export class StatementsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly participants: ParticipantsService,
  ) {}

  async list(staff: StaffMember, participantId: string, page: PageQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const { skip, take } = pageWindow(page);
    const [statements, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${COLUMNS} FROM budget_statements WHERE participant_id = $1
          ORDER BY issued_on, created_at, id OFFSET $2 LIMIT $3`,
        [participant.id, skip, take],
      ) as Promise<StoredStatement[]>,
      this.dataSource.query('SELECT count(*)::int AS total FROM budget_statements WHERE participant_id = $1', [
        participant.id,
      ]) as Promise<{ total: number }[]>,
    ]);
    return pageOf(page, statements, total);
  }

  async find(staff: StaffMember, participantId: string, statementId: string) {
    const participant = await this.participants.findForStaff(staff, participantId);
    const rows: (StoredStatement & { content: Record<string, unknown> })[] = /^[0-9a-f-]{36}$/i.test(statementId)
      ? await this.dataSource.query(
          `SELECT ${COLUMNS}, content FROM budget_statements WHERE participant_id = $1 AND id = $2`,
          [participant.id, statementId],
        )
      : [];
    if (!rows[0]) throw problems.notFound('Statement');
    return rows[0];
  }
}
