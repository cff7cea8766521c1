import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffMember } from '@ipc/config';
import { Audited } from '../audit/audited.decorator';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { Idempotent } from '../common/idempotency-key.decorator';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { ConsentService } from './consent.service';
import { ConsentDto, ConsentWithdrawalDto } from './dto/consent.dto';
import { ConsentViewDto, ConsentWithdrawnViewDto } from './dto/consent-views.dto';

@ApiTags('consent')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller()
export class ConsentController {
  constructor(private readonly consents: ConsentService) {}

  @Audited('participant', 'consent')
  @Get('participants/:id/consent')
  @Access('read-record', 'participant')
  @ApiOperation({ summary: "The person's consent in force per scope (share, link, evaluation) and every decision" })
  @ApiOkResponse({ type: ConsentViewDto })
  @ApiProblems(404)
  participantConsent(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.consents.consent(staff, 'participant', id);
  }

  @Audited('participant', 'consent')
  @Post('participants/:id/consent')
  @Access('change-record', 'participant')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Consent given or declined (with the reason), per scope: who gave it, capacity, when' })
  @ApiOkResponse({ type: ConsentViewDto })
  @ApiProblems(400, 404, 415, 422)
  decideForParticipant(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: ConsentDto) {
    return this.consents.decide(staff, 'participant', id, dto);
  }

  @Audited('participant', 'consent')
  @Post('participants/:id/consent/withdrawal')
  @Access('change-record', 'participant')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Consent withdrawn per scope, at any stage, with the reason and what follows' })
  @ApiOkResponse({ type: ConsentWithdrawnViewDto })
  @ApiProblems(400, 404, 409, 415, 422)
  withdrawForParticipant(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: ConsentWithdrawalDto,
  ) {
    return this.consents.withdraw(staff, 'participant', id, dto);
  }

  @Audited('carer', 'consent')
  @Get('carers/:id/consent')
  @Access('read-record', 'carer')
  @ApiOperation({ summary: "The carer's consent in force per scope and every decision" })
  @ApiOkResponse({ type: ConsentViewDto })
  @ApiProblems(404)
  carerConsent(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.consents.consent(staff, 'carer', id);
  }

  @Audited('carer', 'consent')
  @Post('carers/:id/consent')
  @Access('change-record', 'carer')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: "A carer's consent given or declined, per scope" })
  @ApiOkResponse({ type: ConsentViewDto })
  @ApiProblems(400, 404, 415, 422)
  decideForCarer(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: ConsentDto) {
    return this.consents.decide(staff, 'carer', id, dto);
  }

  @Audited('carer', 'consent')
  @Post('carers/:id/consent/withdrawal')
  @Access('change-record', 'carer')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: "A carer's consent withdrawn per scope, with the reason and what follows" })
  @ApiOkResponse({ type: ConsentWithdrawnViewDto })
  @ApiProblems(400, 404, 409, 415, 422)
  withdrawForCarer(@CurrentStaff() staff: StaffMember, @Param('id') id: string, @Body() dto: ConsentWithdrawalDto) {
    return this.consents.withdraw(staff, 'carer', id, dto);
  }
}
