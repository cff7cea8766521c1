import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import { isUnderFive } from '@ipc/domain';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { todayInLondon } from '../common/calendar-date.validator';
import { PageOf } from '../common/page.dto';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { CarePlanAgreementDto } from './dto/care-plan-agreement.dto';
import { CarePlanDto } from './dto/care-plan.dto';
import { ClosureDto } from './dto/closure.dto';
import { CreateReferralDto } from './dto/create-referral.dto';
import { FollowUpDto } from './dto/follow-up.dto';
import { GuidedConversationDto } from './dto/guided-conversation.dto';
import { IdentificationDto } from './dto/identification.dto';
import {
  JourneyTimelineDto,
  ParticipantDetailsDto,
  ParticipantSummaryDto,
  ReferralAnswerDto,
} from './dto/journey-view.dto';
import { ListParticipantsQuery } from './dto/list-participants.query';
import { OfferDto } from './dto/offer.dto';
import { ApiJourneyStep } from './api-journey-step';
import { ParticipantsService } from './participants.service';
import {
  carePlanAgreementStep,
  carePlanStep,
  closureStep,
  followUpStep,
  guidedConversationStep,
  identificationStep,
  offerStep,
} from './journey.steps';
import { journeyCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import { IdempotencyKey } from '../common/idempotency-key.decorator';
import { Audited } from '../audit/audited.decorator';
import { ParticipantSearchHitDto, ParticipantSearchQuery } from '../people/dto/person-search.dto';
import { PeopleSearchService } from '../people/people-search.service';

@ApiTags('participants')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('participants')
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsService,
    private readonly steps: CaseStepsService,
    private readonly search: PeopleSearchService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Audited('participant', 'referral', 'answer')
  @Post()
  @Access('refer-person')
  @ApiOperation({ summary: 'Refer a person and start their journey' })
  @ApiCreatedResponse({ type: ReferralAnswerDto })
  @ApiProblems(400, 409, 415, 422, 503)
  refer(@CurrentStaff() staff: StaffMember, @Body() dto: CreateReferralDto, @IdempotencyKey() key: string) {
    return this.participants.refer(staff, dto, key);
  }

  @Audited('participant', 'list', 'none')
  @Get()
  @Access('list-people')
  @ApiOperation({ summary: 'People at your site, filtered, sorted and paged' })
  @ApiOkResponse({ type: PageOf(ParticipantSummaryDto) })
  @ApiProblems(400)
  list(@CurrentStaff() staff: StaffMember, @Query() query: ListParticipantsQuery) {
    return this.participants.list(staff, query);
  }

  // Before `:id`, which would otherwise take "search" for an id.
  @Audited('participant', 'list', 'none')
  @Get('search')
  @Access('list-people')
  @ApiOperation({ summary: 'Find people at your site by NHS number or name (typos and accents forgiven), best first' })
  @ApiOkResponse({ type: PageOf(ParticipantSearchHitDto) })
  @ApiProblems(400)
  searchPeople(@CurrentStaff() staff: StaffMember, @Query() query: ParticipantSearchQuery) {
    return this.search.participants(staff, query);
  }

  @Audited('participant', 'details')
  @Get(':id')
  @Access('read-record', 'participant')
  @ApiOperation({ summary: 'A person: details, current stage, steps allowed now, key dates' })
  @ApiOkResponse({ type: ParticipantDetailsDto })
  @ApiProblems(404)
  details(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.participants.details(staff, id);
  }

  @Audited('participant', 'timeline')
  @Get(':id/timeline')
  @Access('read-record', 'participant')
  @ApiOperation({ summary: 'Every step with who did it, when it happened and when it was recorded' })
  @ApiOkResponse({ type: JourneyTimelineDto })
  @ApiProblems(404)
  timeline(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.participants.timeline(staff, id);
  }

  @Audited('participant', 'identification')
  @Post(':id/identification')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm or refuse eligibility and record consent to share data' })
  @ApiJourneyStep()
  identify(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: IdentificationDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(journeyCase, staff, id, identificationStep(dto), key);
  }

  @Audited('participant', 'offer')
  @Post(':id/offer')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the information and advocacy offer and the community connector' })
  @ApiJourneyStep()
  offer(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: OfferDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(journeyCase, staff, id, offerStep(dto), key);
  }

  @Audited('participant', 'guided-conversation')
  @Post(':id/guided-conversation')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the guided conversation and its outcome' })
  @ApiJourneyStep()
  guidedConversation(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: GuidedConversationDto,
    @IdempotencyKey() key: string,
  ) {
    const step = guidedConversationStep(dto, this.config.journeys.followUpAfterDays);
    return this.steps.send(journeyCase, staff, id, step, key);
  }

  @Audited('participant', 'follow-up')
  @Post(':id/follow-up')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record a light-touch follow-up and what it found' })
  @ApiJourneyStep()
  followUp(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: FollowUpDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(journeyCase, staff, id, followUpStep(dto, this.config.journeys.followUpAfterDays), key);
  }

  @Audited('participant', 'plan')
  @Post(':id/care-plan')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Create or revise the care and support plan (before it is agreed)' })
  @ApiJourneyStep()
  async carePlan(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarePlanDto,
    @IdempotencyKey() key: string,
  ) {
    const { dateOfBirth } = await this.participants.findForStaff(staff, id);
    const underFive = isUnderFive(dateOfBirth, dto.effectiveDate ?? todayInLondon());
    return this.steps.send(journeyCase, staff, id, carePlanStep(dto, underFive), key);
  }

  @Audited('participant', 'plan')
  @Post(':id/care-plan/agreement')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'The person agrees the current version of their plan' })
  @ApiJourneyStep()
  agreeCarePlan(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarePlanAgreementDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(journeyCase, staff, id, carePlanAgreementStep(dto), key);
  }

  @Audited('participant', 'closure')
  @Post(':id/closure')
  @Access('change-record', 'participant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close the journey with a reason' })
  @ApiJourneyStep()
  close(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: ClosureDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(journeyCase, staff, id, closureStep(dto), key);
  }
}
