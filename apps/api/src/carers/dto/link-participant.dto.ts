import { ApiProperty } from '@nestjs/swagger';
import { CARER_RELATIONSHIPS, type CarerRelationship } from '@ipc/domain';
import { IsIn, IsUUID } from 'class-validator';

export class LinkParticipantDto {
  @ApiProperty({ description: 'A participant at your site whom this carer cares for' })
  @IsUUID()
  participantId!: string;

  @ApiProperty({ enum: CARER_RELATIONSHIPS, description: 'The carer to this person' })
  @IsIn(CARER_RELATIONSHIPS)
  relationship!: CarerRelationship;
}
