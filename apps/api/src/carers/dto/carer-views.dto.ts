import { ApiProperty } from '@nestjs/swagger';
import {
  CARER_CLOSURE_REASONS,
  CARER_KINDS,
  CARER_RELATIONSHIPS,
  CARER_STAGES,
  CARER_STEPS,
  CARER_TRANSITION_KINDS,
} from '@ipc/domain';
import { date, nullableDate } from '../../common/api-schema';
import { TimelineStepDto } from '../../common/timeline-view.dto';

/** A step's record as the carer's workflow holds it (its codes, dates and amounts). */
const stepRecord = (description: string) =>
  ({ type: 'object', additionalProperties: true, nullable: true, description }) as const;

export class CarerRegistrationAnswerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CARER_KINDS })
  kind!: string;

  @ApiProperty({ enum: CARER_STAGES })
  stage!: string;

  @ApiProperty(date)
  identifiedOn!: string;

  @ApiProperty()
  teamId!: string;
}

export class CarerTransitionPointDto {
  @ApiProperty({ enum: CARER_TRANSITION_KINDS })
  kind!: string;

  @ApiProperty(date)
  dueOn!: string;

  @ApiProperty(date)
  remindOn!: string;
}

export class CaredForDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ enum: CARER_RELATIONSHIPS })
  relationship!: string;

  @ApiProperty()
  linkedBy!: string;

  @ApiProperty({ format: 'date-time' })
  linkedAt!: Date;
}

export class CarerClosureViewDto {
  @ApiProperty({ enum: CARER_CLOSURE_REASONS })
  reason!: string;

  @ApiProperty(date)
  closedOn!: string;
}

/** Where a carer is, as their workflow holds it: what every carer step answers with. */
export class CarerViewDto {
  @ApiProperty({ format: 'uuid' })
  carerId!: string;

  @ApiProperty()
  siteId!: string;

  @ApiProperty()
  teamId!: string;

  @ApiProperty({ enum: CARER_KINDS })
  kind!: string;

  @ApiProperty({ enum: CARER_STAGES })
  stage!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  sequence!: number;

  @ApiProperty(date)
  identifiedOn!: string;

  @ApiProperty(date)
  stageEnteredOn!: string;

  @ApiProperty(date)
  lastStepOn!: string;

  @ApiProperty({ enum: CARER_STEPS, isArray: true })
  allowedSteps!: string[];

  @ApiProperty({ type: [CarerTransitionPointDto] })
  upcomingTransitions!: CarerTransitionPointDto[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  reviewCount!: number;

  @ApiProperty({ type: CarerClosureViewDto, nullable: true })
  closure!: CarerClosureViewDto | null;
}

export class NoticedTransitionDto {
  @ApiProperty({ enum: CARER_TRANSITION_KINDS })
  transition!: string;

  @ApiProperty(date)
  dueOn!: string;

  @ApiProperty(nullableDate)
  remindOn!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  noticedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true })
  reminderId!: string | null;
}

/** A carer's details: who they are, where they are, their transition points and whom they care for. */
export class CarerDetailsDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CARER_KINDS })
  kind!: string;

  @ApiProperty({ enum: CARER_KINDS })
  registeredKind!: string;

  @ApiProperty({ enum: CARER_RELATIONSHIPS })
  relationship!: string;

  @ApiProperty(date)
  dateOfBirth!: string;

  @ApiProperty(nullableDate)
  childDateOfBirth!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Name, email, phone, postal address' })
  contact!: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Channel, format, language, notes' })
  preferences!: Record<string, unknown>;

  @ApiProperty()
  teamId!: string;

  @ApiProperty(date)
  identifiedOn!: string;

  @ApiProperty({ enum: CARER_STAGES })
  stage!: string;

  @ApiProperty(date)
  stageEnteredOn!: string;

  @ApiProperty({ enum: CARER_STEPS, isArray: true })
  allowedSteps!: string[];

  @ApiProperty(stepRecord('The assessment offered: method, assessor, date'))
  assessmentOffer!: Record<string, unknown> | null;

  @ApiProperty(stepRecord('The assessment: outcome, eligible needs, date'))
  assessment!: Record<string, unknown> | null;

  @ApiProperty(stepRecord('The support plan: items with their annual cost in pence, and its narrative'))
  supportPlan!: Record<string, unknown> | null;

  @ApiProperty(stepRecord('The carer’s budget in pence'))
  budget!: Record<string, unknown> | null;

  @ApiProperty({ type: 'integer', minimum: 0 })
  reviewCount!: number;

  @ApiProperty(stepRecord('The last review: outcome, caring choice, date'))
  lastReview!: Record<string, unknown> | null;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } })
  schoolMoves!: Record<string, unknown>[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  transitionLeadDays!: number;

  @ApiProperty({ type: [CarerTransitionPointDto] })
  upcomingTransitions!: CarerTransitionPointDto[];

  @ApiProperty({ type: [NoticedTransitionDto] })
  noticedTransitions!: NoticedTransitionDto[];

  @ApiProperty({ type: [CaredForDto] })
  caresFor!: CaredForDto[];

  @ApiProperty({ type: CarerClosureViewDto, nullable: true })
  closure!: CarerClosureViewDto | null;
}

export class CarerLinkDto {
  @ApiProperty({ format: 'uuid' })
  carerId!: string;

  @ApiProperty({ type: [CaredForDto] })
  caresFor!: CaredForDto[];
}

export class CarerTimelineDto {
  @ApiProperty({ format: 'uuid' })
  carerId!: string;

  @ApiProperty({ type: [TimelineStepDto] })
  steps!: TimelineStepDto[];
}

/** A person's carer as the person's list shows them. */
export class ParticipantCarerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: CARER_KINDS })
  kind!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: CARER_RELATIONSHIPS })
  relationship!: string;

  @ApiProperty({ enum: CARER_STAGES })
  stage!: string;

  @ApiProperty(nullableDate)
  nextTransitionOn!: string | null;

  @ApiProperty({ format: 'date-time' })
  linkedAt!: Date;
}
