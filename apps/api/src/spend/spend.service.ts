import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffMember } from '@ipc/config';
import { findCarePlanVersions, lockRecordedSpend, type ParticipantEntity, SpendRecordEntity } from '@ipc/persistence';
import {
  Between,
  DataSource,
  type EntityManager,
  type FindOptionsWhere,
  LessThanOrEqual,
  MoreThanOrEqual,
  QueryFailedError,
} from 'typeorm';
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
const INSERT_CHUNK = 500;

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

function isRequestConflict(error: unknown): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === 'uq_spend_records_request';
}

/**
 * Records spend and service use against the items of a person's care plan while their budget is
 * delivered. A request (one record, or a CSV upload) is recorded whole or not at all, once per
 * Idempotency-Key: the same key again gets the first answer.
 */
@Injectable()
export class SpendService {
  private readonly logger = new Logger(SpendService.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
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
    const entities = rows.map(({ row, record }) => this.newRecord(participant, staff, requestId, row, record));
    try {
      await this.dataSource.transaction(async (manager) => {
        const beyondCap = recordedSpendError(
          await lockRecordedSpend(manager, participant.id),
          rows.map(({ record }) => record.amountPence),
        );
        if (beyondCap) throw problems.validation([beyondCap]);
        await this.insertAll(manager, entities);
      });
      this.logger.log(`spend recorded participant=${participant.id} records=${entities.length}`);
    } catch (error) {
      // A concurrent request with the same key committed first: give its answer.
      if (!isRequestConflict(error)) throw error;
    }
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
    const where: FindOptionsWhere<SpendRecordEntity> = { participantId: participant.id };
    if (period.from && period.to) where.spentOn = Between(period.from, period.to);
    else if (period.from) where.spentOn = MoreThanOrEqual(period.from);
    else if (period.to) where.spentOn = LessThanOrEqual(period.to);
    const records = await this.dataSource.getRepository(SpendRecordEntity).find({
      where,
      order: { spentOn: 'ASC', recordedAt: 'ASC', requestRow: 'ASC', id: 'ASC' },
    });
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
  ): SpendRecordEntity {
    return this.dataSource.getRepository(SpendRecordEntity).create({
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
    });
  }

  private async insertAll(manager: EntityManager, entities: SpendRecordEntity[]): Promise<void> {
    for (let start = 0; start < entities.length; start += INSERT_CHUNK) {
      await manager.insert(SpendRecordEntity, entities.slice(start, start + INSERT_CHUNK));
    }
  }

  /** Spend is recorded against the plan in force; a draft beside it counts once agreed. */
  private async spendContext(participant: ParticipantEntity): Promise<SpendContext> {
    const { inForce: plan } = await findCarePlanVersions(this.dataSource.manager, participant.id);
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
    const repository = this.dataSource.getRepository(SpendRecordEntity);
    const first = await repository.findOne({ where: { participantId, requestId }, order: { requestRow: 'ASC' } });
    if (!first) return undefined;
    const firstFormat = first.requestRow === SINGLE_RECORD_ROW ? 'record' : 'csv';
    if (firstFormat !== format) {
      throw idempotencyKeyReused(requestId, firstFormat === 'record' ? 'a single spend record' : 'a CSV upload');
    }
    if (format === 'record') return spendRecordView(first);
    return { imported: await repository.countBy({ participantId, requestId }) };
  }
}
