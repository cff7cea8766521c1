import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Consumes } from '../http/media-types';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { RecordSpendDto } from './dto/record-spend.dto';
import { SpendImportDto, SpendListDto, SpendRecordViewDto } from './dto/spend-views.dto';
import { SpendPeriodQuery } from './dto/spend-period.query';
import { SpendService } from './spend.service';
import { type SpendSubmission, SpendSubmissionBody } from './spend-submission';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { Audited } from '../audit/audited.decorator';

@ApiTags('spend')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants/:id/spend')
export class SpendController {
  constructor(private readonly spend: SpendService) {}

  @Audited('participant', 'spend')
  @Post()
  @Access('change-record', 'participant')
  @Consumes('application/json', 'text/csv')
  @ApiExtraModels(RecordSpendDto, SpendRecordViewDto, SpendImportDto)
  @ApiOperation({
    summary: 'Record spend or service use against a plan item: one record (JSON) or a CSV upload',
    requestBody: {
      required: true,
      description:
        'JSON: one record, answered with the record. CSV: a header row ' +
        '`plan_item_id,amount_pence,spent_on,source,kind,description` (description optional) and one record per ' +
        'row, answered with {imported}; every bad row is reported and nothing is recorded unless all rows are good.',
      content: {
        'application/json': { schema: { $ref: getSchemaPath(RecordSpendDto) } },
        'text/csv': {
          schema: {
            type: 'string',
            example:
              'plan_item_id,amount_pence,spent_on,source,kind,description\n' +
              '5b0e8f0a-3c1d-4c55-9a4e-2f7f1c9d8e01,12500,2026-11-02,provider-invoice,spend,Invoice 4471\n',
          },
        },
      },
    },
  })
  @ApiCreatedResponse({
    description: 'JSON: the record; CSV: how many rows were recorded',
    schema: { oneOf: [{ $ref: getSchemaPath(SpendRecordViewDto) }, { $ref: getSchemaPath(SpendImportDto) }] },
  })
  @ApiProblems(400, 404, 409, 415, 422)
  record(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @SpendSubmissionBody() submission: SpendSubmission,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.spend.record(staff, participantId, submission, idempotencyKey);
  }

  @Audited('participant', 'spend')
  @Get()
  @Access('read-record', 'participant')
  @ApiOperation({ summary: 'Spend and service use recorded in a period, with totals by plan item' })
  @ApiOkResponse({ type: SpendListDto })
  @ApiProblems(400, 404)
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string, @Query() period: SpendPeriodQuery) {
    return this.spend.list(staff, participantId, period);
  }
}
