import { ApiProperty } from '@nestjs/swagger';

/** An open journey or carer whose workflow is missing or ended, and (after POST) what its rebuild did. */
export class StrandedCaseDto {
  @ApiProperty({ enum: ['journey', 'carer'] })
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  siteId!: string;

  @ApiProperty()
  workflowId!: string;

  @ApiProperty({ enum: ['missing', 'ended'] })
  workflow!: string;

  @ApiProperty({ enum: ['rebuilt', 'refused'], required: false, description: 'After POST' })
  outcome?: string;

  @ApiProperty({ required: false, description: 'Rebuilt: the stage it is back at' })
  stage?: string;

  @ApiProperty({ type: 'integer', required: false, description: 'Rebuilt: its step count' })
  sequence?: number;

  @ApiProperty({ required: false, description: 'Refused: why' })
  reason?: string;
}

export class StrandedCasesDto {
  @ApiProperty({ type: [StrandedCaseDto] })
  cases!: StrandedCaseDto[];
}
