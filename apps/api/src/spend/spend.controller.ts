import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { Consumes } from '../http/media-types';
import { RecordSpendDto } from './dto/record-spend.dto';
import { SpendPeriodQuery } from './dto/spend-period.query';
import { SpendService } from './spend.service';
import { type SpendSubmission, SpendSubmissionBody } from './spend-submission';
import { IdempotencyKey } from '../common/idempotency-key.decorator';

@ApiTags('spend')
@ApiBearerAuth()
@Roles('care-team', 'administrator')
@Controller('participants/:id/spend')
export class SpendController {
  constructor(private readonly spend: SpendService) {}

  @Post()
  @ApiOperation({ summary: 'Record spend or service use against a plan item: one record (JSON) or a CSV upload' })
  @Consumes('application/json', 'text/csv')
  @ApiBody({
    type: RecordSpendDto,
    description:
      'JSON: one record, answered with the record. CSV: a header row ' +
      '`plan_item_id,amount_pence,spent_on,source,kind,description` (description optional) and one record per row, ' +
      'answered with {imported}; every bad row is reported and nothing is recorded unless all rows are good.',
  })
  record(
    @CurrentStaff() staff: StaffMember,
    @Param('id') participantId: string,
    @SpendSubmissionBody() submission: SpendSubmission,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    return this.spend.record(staff, participantId, submission, idempotencyKey);
  }

  @Get()
  @ApiOperation({ summary: 'Spend and service use recorded in a period, with totals by plan item' })
  list(@CurrentStaff() staff: StaffMember, @Param('id') participantId: string, @Query() period: SpendPeriodQuery) {
    return this.spend.list(staff, participantId, period);
  }
}
