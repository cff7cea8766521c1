import { isCalendarDate } from '@ipc/domain';
import type { DataSource, EntityManager } from 'typeorm';

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

interface SummaryRow {
  plan_item_id: string;
  spent_pence: string;
  service_use_count: number;
}

/**
 * What was spent and used against each plan item of a person in a period, in integer pence, for the
 * annual statement. Calendar dates (YYYY-MM-DD): periodStart inclusive, periodEnd exclusive, so one
 * statement year ends where the next begins and no record is counted twice.
 */
export async function summariseSpend(
  executor: EntityManager | DataSource,
  participantId: string,
  periodStart: string,
  periodEnd: string,
): Promise<SpendSummary> {
  if (!isCalendarDate(periodStart) || !isCalendarDate(periodEnd) || periodEnd < periodStart) {
    throw new RangeError(`summariseSpend: ${periodStart}..${periodEnd} is not a period of calendar dates`);
  }
  const rows: SummaryRow[] = await executor.query(
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

/** Sums are exact in Postgres (numeric); refuse one a JavaScript number cannot hold exactly. */
function safePence(pence: bigint): number {
  if (pence > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`summariseSpend: ${pence} pence is too large`);
  return Number(pence);
}

/**
 * Everything recorded against a person so far, exact, with their spend locked until the caller's
 * transaction ends: two requests recording at once cannot both pass a check against this total.
 */
export async function lockRecordedSpend(manager: EntityManager, participantId: string): Promise<bigint> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`spend_records:${participantId}`]);
  const [row]: { recorded_pence: string }[] = await manager.query(
    `SELECT coalesce(sum(amount_pence), 0)::text AS recorded_pence FROM spend_records WHERE participant_id = $1`,
    [participantId],
  );
  return BigInt(row.recorded_pence);
}
