import { MAX_RECORDED_SPEND_PENCE } from '@ipc/domain';
import type { FieldError } from '../problem/problem.exception';
import type { RecordSpendDto } from './dto/record-spend.dto';

/** What a record is checked against besides its own fields: the person's current plan and referral. */
export interface SpendContext {
  /** The plan in force: its version and its support items' ids (null when there is no plan). */
  planVersion: number | null;
  planItemIds: ReadonlySet<string>;
  referredOn: string;
}

/** The rules a well-formed record must also meet for this person (each names its field). */
export function spendRuleErrors(record: RecordSpendDto, context: SpendContext): FieldError[] {
  const errors: FieldError[] = [];
  if (!context.planItemIds.has(record.planItemId)) {
    errors.push({
      field: 'planItemId',
      reason:
        context.planVersion === null
          ? 'the person has no care plan to record spend against'
          : `is not a support item of the current care plan (version ${context.planVersion})`,
    });
  }
  if (record.spentOn < context.referredOn) {
    errors.push({ field: 'spentOn', reason: `must not be before the referral date (${context.referredOn})` });
  }
  return errors;
}

/**
 * A person's records may add up to MAX_RECORDED_SPEND_PENCE at most, so every total read back is
 * exact: the request that would go beyond it is refused, naming what is recorded already.
 */
export function recordedSpendError(recordedPence: bigint, amounts: number[]): FieldError | undefined {
  const after = amounts.reduce((total, amount) => total + BigInt(amount), recordedPence);
  if (after <= BigInt(MAX_RECORDED_SPEND_PENCE)) return undefined;
  return {
    field: 'amountPence',
    reason: `would take the person's recorded spend to ${after} pence; at most ${MAX_RECORDED_SPEND_PENCE} pence can be recorded for one person (${recordedPence} is recorded)`,
  };
}
