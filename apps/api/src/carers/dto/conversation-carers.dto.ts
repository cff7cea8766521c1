import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { NestedList } from '../../common/nested-list.decorator';
import { CarerRegistrationAnswerDto } from './carer-views.dto';
import { CarerContactDto, CreateCarerDto } from './create-carer.dto';

/** How to reach a carer named in the conversation; the name defaults to the one the conversation recorded. */
export class ConversationCarerContactDto extends PartialType(CarerContactDto) {}

/** One carer named in the guided conversation, with what a carer record needs beyond it. */
export class ConversationCarerDto extends OmitType(CreateCarerDto, ['contact', 'identifiedOn'] as const) {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: "Which carer of the latest guided conversation's `carersIdentified` (0 for the first)",
  })
  @IsInt()
  @Min(0)
  @Max(19)
  carerIndex!: number;

  @ApiPropertyOptional({ type: ConversationCarerContactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConversationCarerContactDto)
  contact?: ConversationCarerContactDto;
}

export class ConversationCarersDto {
  @ApiProperty({ type: [ConversationCarerDto] })
  @NestedList(() => ConversationCarerDto, { min: 1, max: 20 })
  carers!: ConversationCarerDto[];
}

export class ConversationCarerAnswerDto extends CarerRegistrationAnswerDto {
  @ApiProperty({ type: 'integer' })
  carerIndex!: number;

  @ApiProperty({ description: 'Linked to the person now (false: it already was, by an earlier request)' })
  linked!: boolean;
}

export class ConversationCarersAnswerDto {
  @ApiProperty({ format: 'uuid' })
  participantId!: string;

  @ApiProperty({ type: [ConversationCarerAnswerDto] })
  carers!: ConversationCarerAnswerDto[];
}
