import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import type { Response } from 'express';
import { Access, CurrentStaff } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import { carerCase } from '../cases/case-kind';
import { CaseStepsService } from '../cases/case-steps.service';
import {
  assessmentOfferStep,
  assessmentStep,
  carerBudgetStep,
  carerClosureStep,
  carerReviewStep,
  schoolMoveStep,
  supportPlanStep,
} from './carer.steps';
import { CarersService } from './carers.service';
import {
  AssessmentOfferDto,
  CarerAssessmentDto,
  CarerBudgetDto,
  CarerClosureDto,
  CarerReviewDto,
  CarerSupportPlanDto,
  SchoolMoveDto,
} from './dto/carer-steps.dto';
import {
  CarerDetailsDto,
  CarerLinkDto,
  CarerRegistrationAnswerDto,
  CarerTimelineDto,
  CarerViewDto,
} from './dto/carer-views.dto';
import { CreateCarerDto } from './dto/create-carer.dto';
import { LinkParticipantDto } from './dto/link-participant.dto';
import { IdempotencyKey, Idempotent } from '../common/idempotency-key.decorator';
import { Audited } from '../audit/audited.decorator';
import { PageOf } from '../common/page.dto';
import { CarerSearchHitDto, ListCarersQuery } from '../people/dto/person-search.dto';
import { PeopleSearchService } from '../people/people-search.service';

/** A carer step answers with the carer as their workflow now holds them (the workflow part of `GET`). */
const ApiCarerStep = () =>
  applyDecorators(ApiOkResponse({ type: CarerViewDto }), ApiProblems(400, 404, 409, 415, 422, 503));

@ApiTags('carers')
@ApiBearerAuth()
@ApiStaffProblems()
@Controller('carers')
export class CarersController {
  constructor(
    private readonly carers: CarersService,
    private readonly steps: CaseStepsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly search: PeopleSearchService,
  ) {}

  @Audited('carer', 'referral', 'answer')
  @Post()
  @Access('refer-person')
  @ApiOperation({ summary: "Register a carer in their own right and start their carer's workflow" })
  @ApiCreatedResponse({ type: CarerRegistrationAnswerDto })
  @ApiProblems(400, 415, 422, 503)
  register(@CurrentStaff() staff: StaffMember, @Body() dto: CreateCarerDto, @IdempotencyKey() key: string) {
    return this.carers.register(staff, dto, key);
  }

  @Audited('carer', 'list', 'none')
  @Get()
  @Access('list-people')
  @ApiOperation({ summary: 'Carers at your site by name, or found by name (typos and accents forgiven), best first' })
  @ApiOkResponse({ type: PageOf(CarerSearchHitDto) })
  @ApiProblems(400)
  list(@CurrentStaff() staff: StaffMember, @Query() query: ListCarersQuery) {
    return this.search.carers(staff, query);
  }

  @Audited('carer', 'details')
  @Get(':id')
  @Access('read-record', 'carer')
  @ApiOperation({
    summary: 'A carer: details, stage, steps allowed now, upcoming transition points, who they care for',
  })
  @ApiOkResponse({ type: CarerDetailsDto })
  @ApiProblems(404)
  details(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.carers.details(staff, id);
  }

  @Audited('carer', 'timeline')
  @Get(':id/timeline')
  @Access('read-record', 'carer')
  @ApiOperation({ summary: "Every step of the carer's with who did it, when it happened and when it was recorded" })
  @ApiOkResponse({ type: CarerTimelineDto })
  @ApiProblems(404)
  timeline(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.carers.timeline(staff, id);
  }

  @Audited('carer', 'cared-for')
  @Post(':id/participants')
  @Access('change-record', 'carer')
  @Idempotent()
  @ApiOperation({
    summary:
      'Record a person at your site whom the carer cares for (201; 200 if already recorded, its relationship corrected)',
  })
  @ApiCreatedResponse({ type: CarerLinkDto, description: 'Recorded now' })
  @ApiOkResponse({ type: CarerLinkDto, description: 'Already recorded' })
  @ApiProblems(400, 404, 415, 422)
  async link(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: LinkParticipantDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, ...link } = await this.carers.link(staff, carerId, dto);
    response.status(created ? 201 : 200);
    return link;
  }

  @Audited('carer', 'assessment')
  @Post(':id/assessment-offer')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Offer a carer's assessment (again, after a decline or for a reassessment)" })
  @ApiCarerStep()
  offerAssessment(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: AssessmentOfferDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, assessmentOfferStep(dto), key);
  }

  @Audited('carer', 'assessment')
  @Post(':id/assessment')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the carer's assessment done (eligible needs or not) or declined with a reason" })
  @ApiCarerStep()
  assess(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarerAssessmentDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, assessmentStep(dto), key);
  }

  @Audited('carer', 'plan')
  @Post(':id/support-plan')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Create or revise the carer's support plan (items with annual cost in pence)" })
  @ApiCarerStep()
  planSupport(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarerSupportPlanDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, supportPlanStep(dto), key);
  }

  @Audited('carer', 'budget')
  @Post(':id/budget')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Set or revise the carer's budget, up to the site's cap; a reduction needs a reason" })
  @ApiCarerStep()
  setBudget(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarerBudgetDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, carerBudgetStep(dto, this.config.carers.budgetCapPence), key);
  }

  @Audited('carer', 'reviews')
  @Post(':id/reviews')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Record a review of the carer's support, and how much care they now choose to give" })
  @ApiCarerStep()
  review(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarerReviewDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, carerReviewStep(dto), key);
  }

  @Audited('carer', 'school-moves')
  @Post(':id/school-moves')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({
    summary: "Record a school move (the young carer's, or a parent carer's child's): a transition point",
  })
  @ApiCarerStep()
  recordSchoolMove(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: SchoolMoveDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, schoolMoveStep(dto), key);
  }

  @Audited('carer', 'closure')
  @Post(':id/closure')
  @Access('change-record', 'carer')
  @HttpCode(200)
  @ApiOperation({ summary: "Close the carer's record with a reason" })
  @ApiCarerStep()
  close(
    @CurrentStaff() staff: StaffMember,
    @Param('id') id: string,
    @Body() dto: CarerClosureDto,
    @IdempotencyKey() key: string,
  ) {
    return this.steps.send(carerCase, staff, id, carerClosureStep(dto), key);
  }
}
