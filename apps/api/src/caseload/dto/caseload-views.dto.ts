import { ApiProperty } from '@nestjs/swagger';
import { STALLABLE_STAGES, WORKLIST_NAMES } from '@ipc/domain';

const CASE_KINDS = ['participant', 'carer'];

/** Who holds a case now. */
export class CaseHoldersDto {
  @ApiProperty({ enum: CASE_KINDS })
  caseKind!: 'participant' | 'carer';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  stage!: string;

  @ApiProperty()
  teamId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Staff id of the named care coordinator' })
  coordinatorId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: "Staff id of the community connector (a carer's: null)" })
  connectorId!: string | null;
}

/** A case as a caseload or a worklist lists it: who holds it and since when it is in its stage. */
class ListedCaseDto extends CaseHoldersDto {
  @ApiProperty({ format: 'date' })
  stageEnteredOn!: string;

  @ApiProperty({ type: String, nullable: true, description: "As the case's details record it (null: no details yet)" })
  givenName!: string | null;

  @ApiProperty({ type: String, nullable: true })
  familyName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The name the person likes to be called, if given' })
  preferredName!: string | null;
}

/** One open case on a caseload. */
export class CaseloadItemDto extends ListedCaseDto {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: "A person's next review, a carer's next transition point; null when none is known",
  })
  nextDueOn!: string | null;
}

/** One case on a worklist. */
export class WorklistItemDto extends ListedCaseDto {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'What the list is about: in the stage since, last step on, due on, or failed on',
  })
  on!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "A failed reminder's purpose, a carer's transition kind (null before it is noticed)",
  })
  detail!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The failed reminder' })
  reminderId!: string | null;
}

export class WorklistCountDto {
  @ApiProperty({ enum: WORKLIST_NAMES })
  name!: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count!: number;
}

export class StalledDaysDto {
  @ApiProperty({ type: 'integer' })
  referred!: number;

  @ApiProperty({ type: 'integer' })
  'awaiting-consent'!: number;

  @ApiProperty({ type: 'integer' })
  identified!: number;

  @ApiProperty({ type: 'integer' })
  offered!: number;

  @ApiProperty({ type: 'integer' })
  activation!: number;

  @ApiProperty({ type: 'integer' })
  planning!: number;

  @ApiProperty({ type: 'integer' })
  'plan-agreed'!: number;
}

/** A site's worklist thresholds in force (its own over the defaults), in days. */
export class WorklistThresholdsViewDto {
  @ApiProperty({ type: 'integer', description: 'Waiting for consent longer than this' })
  consentWaitDays!: number;

  @ApiProperty({
    type: StalledDaysDto,
    description: `No step for this long, per stage (${STALLABLE_STAGES.join(', ')})`,
  })
  stalledDays!: StalledDaysDto;

  @ApiProperty({ type: 'integer', description: 'An agreed plan without a budget decision after this long' })
  budgetDecisionDays!: number;

  @ApiProperty({ type: 'integer', description: 'Reviews falling due within this many days' })
  reviewsDueWithinDays!: number;

  @ApiProperty({ type: 'integer', description: "Carers' transition points within this many days" })
  carerTransitionWithinDays!: number;
}

export class WorklistsDto {
  @ApiProperty()
  teamId!: string;

  @ApiProperty({ format: 'date', description: 'The day the lists were worked out for (Europe/London)' })
  asOf!: string;

  @ApiProperty({ type: [WorklistCountDto] })
  worklists!: WorklistCountDto[];

  @ApiProperty({ type: WorklistThresholdsViewDto })
  thresholds!: WorklistThresholdsViewDto;
}
