import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { carerCase, journeyCase } from '../cases/case-kind';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { TimelineStepDto } from '../common/timeline-view.dto';
import { ApiJourneyStep } from '../participants/api-journey-step';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { CorrectionsService } from './corrections.service';
import { AmendmentDto, CorrectionReasonDto } from './dto/amendment.dto';

const ENTRY = { name: 'entryId', description: "The entry's `sequence` in the timeline", example: '3' };

@ApiTags('corrections')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class CorrectionsController {
  constructor(private readonly corrections: CorrectionsService) {}

  @Post('participants/:id/timeline/:entryId/amendments')
  @Access('change-record', 'participant')
  @Audited('participant', 'correction')
  @HttpCode(200)
  @ApiOperation({ summary: "Amend a step's narrative or effective date, with a reason; the original is kept" })
  @ApiParam(ENTRY)
  @ApiOkResponse({ type: TimelineStepDto, description: 'The entry as amended, the original beside it' })
  @ApiProblems(400, 404, 409, 415, 422, 503)
  amendJourneyStep(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() dto: AmendmentDto,
    @IdempotencyKey() key: string,
  ) {
    return this.corrections.amend(journeyCase, staff, id, entryId, dto, key);
  }

  @Post('participants/:id/timeline/:entryId/entered-in-error')
  @Access('change-record', 'participant')
  @Audited('participant', 'correction')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the last step entered in error: the journey steps back (409 when it cannot)' })
  @ApiParam(ENTRY)
  @ApiJourneyStep()
  enterInError(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() dto: CorrectionReasonDto,
    @IdempotencyKey() key: string,
  ) {
    return this.corrections.enterInError(staff, id, entryId, dto, key);
  }

  @Post('participants/:id/reopen')
  @Access('change-record', 'participant')
  @Audited('participant', 'correction')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reopen a journey closed in error, within the configured days, at the stage it was closed from',
  })
  @ApiJourneyStep()
  reopen(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CorrectionReasonDto,
    @IdempotencyKey() key: string,
  ) {
    return this.corrections.reopen(staff, id, dto, key);
  }

  @Post('carers/:id/timeline/:entryId/amendments')
  @Access('change-record', 'carer')
  @Audited('carer', 'correction')
  @HttpCode(200)
  @ApiOperation({ summary: "Amend a carer's step narrative, with a reason; the original is kept" })
  @ApiParam(ENTRY)
  @ApiOkResponse({ type: TimelineStepDto, description: 'The entry as amended, the original beside it' })
  @ApiProblems(400, 404, 409, 415, 422)
  amendCarerStep(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Param('entryId') entryId: string,
    @Body() dto: AmendmentDto,
    @IdempotencyKey() key: string,
  ) {
    return this.corrections.amend(carerCase, staff, id, entryId, dto, key);
  }
}
