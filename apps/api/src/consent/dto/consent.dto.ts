import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_GIVERS, CONSENT_SCOPES, type ConsentGiver, type ConsentScope } from '@ipc/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  Length,
  ValidateIf,
} from 'class-validator';
import { StepBaseDto } from '../../participants/dto/step-base.dto';

const Scopes = () => (target: object, property: string) => {
  ApiProperty({ enum: CONSENT_SCOPES, isArray: true, description: 'What it covers: share, link data, evaluation' })(
    target,
    property,
  );
  IsArray()(target, property);
  ArrayMinSize(1)(target, property);
  ArrayMaxSize(CONSENT_SCOPES.length)(target, property);
  ArrayUnique()(target, property);
  IsIn(CONSENT_SCOPES, { each: true })(target, property);
};

/** Consent given or declined, for one or more scopes, and by whom. */
export class ConsentDto extends StepBaseDto {
  @Scopes()
  scopes!: ConsentScope[];

  @ApiProperty({ enum: ['given', 'declined'] })
  @IsIn(['given', 'declined'])
  decision!: 'given' | 'declined';

  @ApiProperty({
    enum: CONSENT_GIVERS,
    description: 'The person; a parent for a child; an attorney or deputy; a best-interests decision',
  })
  @IsIn(CONSENT_GIVERS)
  givenBy!: ConsentGiver;

  @ApiPropertyOptional({ description: 'Required for a best-interests decision: who decided (name and role)' })
  @ValidateIf((dto: ConsentDto) => dto.givenBy === 'best-interests')
  @IsString()
  @Length(1, 200)
  decidedBy?: string;

  @ApiProperty({ description: "Whether the person's capacity to consent was assessed" })
  @IsBoolean()
  capacityAssessed!: boolean;

  @ApiPropertyOptional({ description: 'Required when declined: why' })
  @ValidateIf((dto: ConsentDto) => dto.decision === 'declined')
  @IsString()
  @Length(1, 2000)
  reason?: string;
}

/** Consent withdrawn, per scope, at any stage, with the reason. */
export class ConsentWithdrawalDto extends StepBaseDto {
  @Scopes()
  scopes!: ConsentScope[];

  @ApiProperty({ description: 'Why consent is withdrawn' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
