import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import {
  CarePlansRepository,
  type NewSpendRecord,
  type ParticipantEntity,
  type SpendRecordEntity,
  SpendRepository,
} from '@ipc/persistence';
import { idempotencyKeyReused } from '../common/idempotency-key';
import { ParticipantsService } from '../participants/participants.service';
import { problems } from '../problem/problem.exception';
import type { RecordSpendDto } from './dto/record-spend.dto';
import type { SpendPeriodQuery } from './dto/spend-period.query';
import { readSpendCsv } from './spend-csv';
import { recordedSpendError, type SpendContext, spendRuleErrors } from './spend-rules';
import type { SpendSubmission } from './spend-submission';
import { spendTotals } from './spend-totals';
import { SPENDING_STAGES, spendNotAllowedAtStage, spendRequestInProgress, spendUploadInvalid } from './spend.errors';
import { pageOf, pageWindow } from '../common/page.query';

/** request_row of a single JSON record; the rows of a CSV upload carry their row number (2 and up). */
const SINGLE_RECORD_ROW = 0;

export const spendRecordView = (record: SpendRecordEntity) => ({
  id: record.id,
  planItemId: record.planItemId,
  amountPence: Number(record.amountPence),
  spentOn: record.spentOn,
  source: record.source,
  kind: record.kind,
  description: record.description,
  recordedBy: record.recordedBy,
  recordedAt: record.recordedAt,
});
export type SpendRecordView = ReturnType<typeof spendRecordView>;
export type SpendAnswer = SpendRecordView | { imported: number };

/**
 * Records spend and service use against the items of a person's care plan while their budget is
 * delivered. A request (one record, or a CSV upload) is recorded whole or not at all, once per
 * Idempotency-Key: the same key again gets the first answer.
 */
@Injectable()
export class SpendService {
  private readonly logger = new Logger(SpendService.name);

  constructor(
    @Inject(SpendRepository)
    private readonly spend: Pick<SpendRepository, 'addRequest' | 'firstOfRequest' | 'countOfRequest' | 'list'>,
    @Inject(CarePlansRepository) private readonly carePlans: Pick<CarePlansRepository, 'versions'>,
    private readonly participants: ParticipantsService,
  ) {}

  async record(
    staff: StaffMember,
    participantId: string,
    submission: SpendSubmission,
    requestId: string,
  ): Promise<SpendAnswer> {
    const participant = await this.participants.findForStaff(staff, participantId);
    const earlier = await this.earlierAnswer(participant.id, requestId, submission.format);
    if (earlier) return earlier;
    if (!SPENDING_STAGES.includes(participant.stage)) throw spendNotAllowedAtStage(participant.stage);

    const context = await this.spendContext(participant);
    const rows =
      submission.format === 'record'
        ? this.checkRecord(submission.record, context)
        : this.checkCsv(submission.csv, context);
    const records = rows.map(({ row, record }) => this.newRecord(participant, staff, requestId, row, record));
    const amounts = rows.map(({ record }) => record.amountPence);
    const recorded = await this.spend.addRequest(participant.id, records, (recordedPence) => {
      const beyondCap = recordedSpendError(recordedPence, amounts);
      if (beyondCap) throw problems.validation([beyondCap]);
    });
    // When not recorded, a concurrent request with the same key committed first: give its answer.
    if (recorded) this.logger.log(`spend recorded participant=${participant.id} records=${records.length}`);
    const answer = await this.earlierAnswer(participant.id, requestId, submission.format);
    if (!answer) throw spendRequestInProgress();
    return answer;
  }

  /** A person's records in a period (both ends inclusive) and what they add up to by plan item. */
  async list(staff: StaffMember, participantId: string, period: SpendPeriodQuery) {
    const participant = await this.participants.findForStaff(staff, participantId);
    if (period.from && period.to && period.to < period.from) {
      throw problems.validation([{ field: 'to', reason: `must not be before from (${period.from})` }]);
    }
    const records = await this.spend.list(participant.id, { from: period.from, to: period.to });
    const views = records.map(spendRecordView);
    const { skip, take } = pageWindow(period);
    return {
      participantId: participant.id,
      from: period.from ?? null,
      to: period.to ?? null,
      ...pageOf(period, views.slice(skip, skip + take), views.length),
      totals: spendTotals(views),
    };
  }

  private checkRecord(record: RecordSpendDto, context: SpendContext) {
    const errors = spendRuleErrors(record, context);
    if (errors.length) throw problems.validation(errors);
    return [{ row: SINGLE_RECORD_ROW, record }];
  }

  private checkCsv(csv: string, context: SpendContext) {
    const reading = readSpendCsv(csv, context);
    if (!reading.ok) throw spendUploadInvalid(reading.errors);
    return reading.rows;
  }

  private newRecord(
    participant: ParticipantEntity,
    staff: StaffMember,
    requestId: string,
    requestRow: number,
    record: RecordSpendDto,
  ): NewSpendRecord {
    return {
      participantId: participant.id,
      siteId: participant.siteId,
      planItemId: record.planItemId,
      amountPence: String(record.amountPence),
      spentOn: record.spentOn,
      source: record.source,
      kind: record.kind,
      description: record.description ?? null,
      requestId,
      requestRow,
      recordedBy: staff.staffId,
    };
  }

  /** Spend is recorded against the plan in force; a draft beside it counts once agreed. */
  private async spendContext(participant: ParticipantEntity): Promise<SpendContext> {
    const { inForce: plan } = await this.carePlans.versions(participant.id);
    const items = (plan?.content.supportItems ?? []) as { itemId?: unknown }[];
    return {
      planVersion: plan?.version ?? null,
      planItemIds: new Set(items.map((item) => item.itemId).filter((id): id is string => typeof id === 'string')),
      referredOn: participant.referredOn,
    };
  }

  /** What this request id recorded the first time, in the same shape; undefined if nothing yet. */
  private async earlierAnswer(
    participantId: string,
    requestId: string,
    format: SpendSubmission['format'],
  ): Promise<SpendAnswer | undefined> {
    const first = await this.spend.firstOfRequest(participantId, requestId);
    if (!first) return undefined;
    const firstFormat = first.requestRow === SINGLE_RECORD_ROW ? 'record' : 'csv';
    if (firstFormat !== format) {
      throw idempotencyKeyReused(requestId, firstFormat === 'record' ? 'a single spend record' : 'a CSV upload');
    }
    if (format === 'record') return spendRecordView(first);
    return { imported: await this.spend.countOfRequest(participantId, requestId) };
  }
}
