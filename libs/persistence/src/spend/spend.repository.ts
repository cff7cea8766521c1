import { Inject, Injectable } from '@nestjs/common';
import { isCalendarDate } from '@ipc/domain';
import { Between, DataSource, EntityManager, type FindOptionsWhere, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import { SpendRecordEntity } from '../entities';
import { managerOf } from '../manager-of';
import { isUniqueViolation } from '../unique-violation';

export interface PlanItemSpend {
  planItemId: string;
  /** Every record's amount: money paid and the cost of services used. */
  spentPence: number;
  /** How many records were service use (kind 'service-use'). */
  serviceUseCount: number;
}

export interface SpendSummary {
  /** One entry per plan item with anything recorded in the period, ordered by planItemId. */
  byItem: PlanItemSpend[];
  totalPence: number;
}

/** A record to keep: the request id and row say which request (and CSV row) wrote it. */
export type NewSpendRecord = Omit<SpendRecordEntity, 'id' | 'recordedAt'>;

interface SummaryRow {
  plan_item_id: string;
  spent_pence: string;
  service_use_count: number;
}

/** Rows are inserted in chunks so a large CSV upload stays within PostgreSQL's parameter limit. */
const INSERT_CHUNK = 500;

/** Spend and service use recorded against the items of people's care plans. */
@Injectable()
export class SpendRepository {
  private readonly manager: EntityManager;

  constructor(@Inject(DataSource) db: DataSource | EntityManager) {
    this.manager = managerOf(db);
  }

  /**
   * Keeps a request's records whole or not at all. `check` sees everything the person has recorded
   * so far, exact, with their spend locked until the transaction ends (two requests recording at
   * once cannot both pass a check against this total); it throws to refuse. False when a concurrent
   * request with the same request id committed first.
   */
  async addRequest(
    participantId: string,
    records: NewSpendRecord[],
    check: (recordedPence: bigint) => void,
  ): Promise<boolean> {
    try {
      await this.manager.transaction(async (manager) => {
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
          `spend_records:${participantId}`,
        ]);
        const [row] = await manager.query<{ recorded_pence: string }[]>(
          `SELECT coalesce(sum(amount_pence), 0)::text AS recorded_pence FROM spend_records WHERE participant_id = $1`,
          [participantId],
        );
        check(BigInt(row.recorded_pence));
        for (let start = 0; start < records.length; start += INSERT_CHUNK) {
          await manager.insert(SpendRecordEntity, records.slice(start, start + INSERT_CHUNK));
        }
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error, 'uq_spend_records_request')) return false;
      throw error;
    }
  }

  /** The first record a request wrote (its single record, or its CSV's first row), or null. */
  firstOfRequest(participantId: string, requestId: string): Promise<SpendRecordEntity | null> {
    return this.manager.findOne(SpendRecordEntity, {
      where: { participantId, requestId },
      order: { requestRow: 'ASC' },
    });
  }

  countOfRequest(participantId: string, requestId: string): Promise<number> {
    return this.manager.countBy(SpendRecordEntity, { participantId, requestId });
  }

  /** A person's records with spentOn in a period (both ends inclusive, either open), in the order recorded. */
  list(participantId: string, period: { from?: string; to?: string }): Promise<SpendRecordEntity[]> {
    const where: FindOptionsWhere<SpendRecordEntity> = { participantId };
    if (period.from && period.to) where.spentOn = Between(period.from, period.to);
    else if (period.from) where.spentOn = MoreThanOrEqual(period.from);
    else if (period.to) where.spentOn = LessThanOrEqual(period.to);
    return this.manager.find(SpendRecordEntity, {
      where,
      order: { spentOn: 'ASC', recordedAt: 'ASC', requestRow: 'ASC', id: 'ASC' },
    });
  }

  /**
   * What was spent and used against each plan item of a person in a period, in integer pence, for the
   * annual statement. Calendar dates (YYYY-MM-DD): periodStart inclusive, periodEnd exclusive, so one
   * statement year ends where the next begins and no record is counted twice.
   */
  async summarise(participantId: string, periodStart: string, periodEnd: string): Promise<SpendSummary> {
    if (!isCalendarDate(periodStart) || !isCalendarDate(periodEnd) || periodEnd < periodStart) {
      throw new RangeError(`SpendRepository.summarise: ${periodStart}..${periodEnd} is not a period of calendar dates`);
    }
    const rows = await this.manager.query<SummaryRow[]>(
      `SELECT plan_item_id, sum(amount_pence)::text AS spent_pence,
              (count(*) FILTER (WHERE kind = 'service-use'))::integer AS service_use_count
         FROM spend_records
        WHERE participant_id = $1 AND spent_on >= $2::date AND spent_on < $3::date
        GROUP BY plan_item_id
        ORDER BY plan_item_id`,
      [participantId, periodStart, periodEnd],
    );
    const byItem = rows.map((row) => ({
      planItemId: row.plan_item_id,
      spentPence: safePence(BigInt(row.spent_pence)),
      serviceUseCount: row.service_use_count,
    }));
    const total = rows.reduce((sum, row) => sum + BigInt(row.spent_pence), 0n);
    return { byItem, totalPence: safePence(total) };
  }
}

/** Sums are exact in Postgres (numeric); refuse one a JavaScript number cannot hold exactly. */
function safePence(pence: bigint): number {
  if (pence > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`SpendRepository.summarise: ${pence} pence is too large`);
  return Number(pence);
}
