import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { IdempotencyKey, Idempotent } from '../common/idempotency-key.decorator';
import { ApiJourneyStep } from '../participants/api-journey-step';
import { ActivationDto } from '../participants/dto/activation.dto';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { OutcomeMeasuresDto } from './dto/outcome-measures.dto';
import { OutcomeMeasuresService } from './outcome-measures.service';

@ApiTags('outcomes')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class OutcomeMeasuresController {
  constructor(private readonly measures: OutcomeMeasuresService) {}

  @Get('site/outcome-measures')
  @Access('read-site-rules')
  @ApiOperation({ summary: "Your site's outcome measures: the cohorts it measures activation for" })
  @ApiOkResponse({ type: OutcomeMeasuresDto })
  current(@CurrentStaff() staff: StaffMember) {
    return this.measures.current(staff.siteId);
  }

  @Put('site/outcome-measures')
  @Access('set-site-rules')
  @Idempotent()
  @ApiOperation({ summary: "Set your site's outcome measures (administrators; replaces them)" })
  @ApiOkResponse({ type: OutcomeMeasuresDto, description: 'The measures in force: the same shape as GET' })
  @ApiProblems(400, 415, 422)
  replace(@CurrentStaff() staff: StaffMember, @Body() dto: OutcomeMeasuresDto) {
    return this.measures.replace(staff, dto);
  }

  @Audited('participant', 'activation')
  @Post('participants/:id/activation')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record a PAM score (its level sets how planning is supported), or go to planning without one: the reason ' +
      'and the planning support the coordinator chose; measured again in planning or at a review',
  })
  @ApiJourneyStep()
  activation(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: ActivationDto,
    @IdempotencyKey() key: string,
  ) {
    return this.measures.recordActivation(staff, id, dto, key);
  }
}
