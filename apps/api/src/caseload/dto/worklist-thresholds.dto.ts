import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { IsOmittable } from '../../common/optional';

/** A threshold in whole days: 0 (at once) to ten years. */
const Days = () => (target: object, property: string) => {
  ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 3650 })(target, property);
  IsOmittable()(target, property);
  IsInt()(target, property);
  Min(0)(target, property);
  Max(3650)(target, property);
};

export class StalledDaysInputDto {
  @Days() referred?: number;
  @Days() 'awaiting-consent'?: number;
  @Days() identified?: number;
  @Days() offered?: number;
  @Days() activation?: number;
  @Days() planning?: number;
  @Days() 'plan-agreed'?: number;
}

/** The site's own thresholds, in days; what is left out keeps the default. Replaces what was set before. */
export class WorklistThresholdsDto {
  @Days() consentWaitDays?: number;

  @ApiPropertyOptional({ type: StalledDaysInputDto })
  @IsOmittable()
  @IsObject({ message: 'must be an object of days by stage' })
  @ValidateNested()
  @Type(() => StalledDaysInputDto)
  stalledDays?: StalledDaysInputDto;

  @Days() budgetDecisionDays?: number;
  @Days() reviewsDueWithinDays?: number;
  @Days() carerTransitionWithinDays?: number;
}
