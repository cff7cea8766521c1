import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig, type StaffMember } from '@ipc/config';
import type { Response } from 'express';
import { CurrentStaff, Roles } from '../auth/auth.decorators';
import { ApiProblems, ApiStaffProblems } from '../problem/api-problems';
import {
  assessmentContent,
  assessmentOfferContent,
  carerBudgetContent,
  carerClosureContent,
  carerReviewContent,
  schoolMoveContent,
  supportPlanContent,
} from './carer-step-content';
import { CarerStepsService } from './carer-steps.service';
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

/** A carer step answers with the carer as their workflow now holds them (the workflow part of `GET`). */
const ApiCarerStep = () =>
  applyDecorators(ApiOkResponse({ type: CarerViewDto }), ApiProblems(400, 404, 409, 415, 422, 503));

@ApiTags('carers')
@ApiBearerAuth()
@ApiStaffProblems()
@Roles('care-team', 'administrator')
@Controller('carers')
export class CarersController {
  constructor(
    private readonly carers: CarersService,
    private readonly steps: CarerStepsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: "Register a carer in their own right and start their carer's workflow" })
  @ApiCreatedResponse({ type: CarerRegistrationAnswerDto })
  @ApiProblems(400, 415, 422, 503)
  register(@CurrentStaff() staff: StaffMember, @Body() dto: CreateCarerDto, @IdempotencyKey() key: string) {
    return this.carers.register(staff, dto, key);
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A carer: details, stage, steps allowed now, upcoming transition points, who they care for',
  })
  @ApiOkResponse({ type: CarerDetailsDto })
  @ApiProblems(404)
  details(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.carers.details(staff, id);
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: "Every step of the carer's with who did it, when it happened and when it was recorded" })
  @ApiOkResponse({ type: CarerTimelineDto })
  @ApiProblems(404)
  timeline(@CurrentStaff() staff: StaffMember, @Param('id') id: string) {
    return this.carers.timeline(staff, id);
  }

  @Post(':id/participants')
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

  @Post(':id/assessment-offer')
  @HttpCode(200)
  @ApiOperation({ summary: "Offer a carer's assessment (again, after a decline or for a reassessment)" })
  @ApiCarerStep()
  offerAssessment(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: AssessmentOfferDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = assessmentOfferContent(dto);
    return this.steps.record({
      staff,
      carerId,
      step: 'assessment-offer',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  @Post(':id/assessment')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the carer's assessment done (eligible needs or not) or declined with a reason" })
  @ApiCarerStep()
  assess(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: CarerAssessmentDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = assessmentContent(dto);
    return this.steps.record({
      staff,
      carerId,
      step: 'assessment',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  @Post(':id/support-plan')
  @HttpCode(200)
  @ApiOperation({ summary: "Create or revise the carer's support plan (items with annual cost in pence)" })
  @ApiCarerStep()
  planSupport(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: CarerSupportPlanDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = supportPlanContent(dto);
    return this.steps.record({
      staff,
      carerId,
      step: 'support-plan',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  @Post(':id/budget')
  @HttpCode(200)
  @ApiOperation({ summary: "Set or revise the carer's budget, up to the site's cap; a reduction needs a reason" })
  @ApiCarerStep()
  setBudget(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: CarerBudgetDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = carerBudgetContent(dto, this.config.carers.budgetCapPence);
    return this.steps.record({
      staff,
      carerId,
      step: 'carer-budget',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  @Post(':id/reviews')
  @HttpCode(200)
  @ApiOperation({ summary: "Record a review of the carer's support, and how much care they now choose to give" })
  @ApiCarerStep()
  review(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: CarerReviewDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = carerReviewContent(dto);
    return this.steps.record({
      staff,
      carerId,
      step: 'review',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  @Post(':id/school-moves')
  @HttpCode(200)
  @ApiOperation({
    summary: "Record a school move (the young carer's, or a parent carer's child's): a transition point",
  })
  @ApiCarerStep()
  recordSchoolMove(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: SchoolMoveDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = schoolMoveContent(dto);
    return this.steps.record({
      staff,
      carerId,
      step: 'school-move',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }

  @Post(':id/closure')
  @HttpCode(200)
  @ApiOperation({ summary: "Close the carer's record with a reason" })
  @ApiCarerStep()
  close(
    @CurrentStaff() staff: StaffMember,
    @Param('id') carerId: string,
    @Body() dto: CarerClosureDto,
    @IdempotencyKey() idempotencyKey: string,
  ) {
    const content = carerClosureContent(dto);
    return this.steps.record({
      staff,
      carerId,
      step: 'closure',
      content,
      effectiveDate: dto.effectiveDate,
      idempotencyKey,
    });
  }
}
