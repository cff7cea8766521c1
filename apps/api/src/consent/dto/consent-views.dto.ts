import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_DECISIONS, CONSENT_GIVERS, CONSENT_SCOPES } from '@ipc/domain';
import { date } from '../../common/api-schema';

export class ConsentDecisionViewDto {
  @ApiPropertyOptional({ format: 'uuid' })
  id?: string;

  @ApiProperty({ enum: CONSENT_SCOPES })
  scope!: string;

  @ApiProperty({ enum: CONSENT_DECISIONS, nullable: true, description: 'null: nothing recorded for this scope' })
  decision!: string | null;

  @ApiPropertyOptional({ enum: CONSENT_GIVERS, nullable: true })
  givenBy?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  decidedBy?: string | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  capacityAssessed?: boolean | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  reason?: string | null;

  @ApiPropertyOptional(date)
  effectiveOn?: string;

  @ApiPropertyOptional()
  recordedBy?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  recordedAt?: string;
}

export class ConsentViewDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: [ConsentDecisionViewDto], description: 'The decision in force for each scope' })
  inForce!: ConsentDecisionViewDto[];

  @ApiProperty({ type: [ConsentDecisionViewDto], description: 'Every decision, oldest first' })
  history!: ConsentDecisionViewDto[];
}

export class ConsentConsequenceDto {
  @ApiProperty({ enum: CONSENT_SCOPES })
  scope!: string;

  @ApiProperty()
  whatFollows!: string;
}

export class ConsentWithdrawnViewDto extends ConsentViewDto {
  @ApiProperty({ type: [ConsentConsequenceDto] })
  whatFollows!: ConsentConsequenceDto[];
}
