import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVATION_NOT_MEASURED_REASONS,
  type ActivationNotMeasuredReason,
  isValidPamScore,
  PLANNING_SUPPORT,
  type PlanningSupport,
} from '@ipc/domain';
import { IsIn, IsNumber, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { IsOmittable } from '../../common/optional';
import { StepBaseDto } from './step-base.dto';

/** The journey's own rule, so a score the API accepts is never one the workflow refuses. */
const IsPamScore = () =>
  ValidateBy({
    name: 'isPamScore',
    validator: {
      validate: (value: unknown) => typeof value === 'number' && isValidPamScore(value),
      defaultMessage: () => 'a PAM score has at most one decimal place',
    },
  });

/** Required without a score; checked whenever sent, so a bad value is never accepted unread. */
const unmeasured = (dto: ActivationDto, value: unknown) => dto.score === undefined || value !== undefined;

/** A PAM score taken elsewhere, or none: then why not, and the planning support the coordinator chose. */
export class ActivationDto extends StepBaseDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    example: 52.3,
    description: 'PAM score taken elsewhere, one decimal place at most; leave out when activation is not measured',
  })
  @IsOmittable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  @IsPamScore()
  score?: number;

  @ApiPropertyOptional({
    enum: ACTIVATION_NOT_MEASURED_REASONS,
    description: 'Required without a score: why activation is not measured for this person',
  })
  @ValidateIf(unmeasured)
  @IsIn(ACTIVATION_NOT_MEASURED_REASONS, { message: 'is required without a score, one of the reasons listed' })
  notMeasuredReason?: ActivationNotMeasuredReason;

  @ApiPropertyOptional({
    enum: PLANNING_SUPPORT,
    description: 'Required without a score: the planning support the coordinator chose',
  })
  @ValidateIf(unmeasured)
  @IsIn(PLANNING_SUPPORT, { message: 'is required without a score, one of the kinds listed' })
  planningSupport?: PlanningSupport;
}
