import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One refused field: where it is (`parts[1].amountPence`) and why. */
export class FieldErrorDto {
  @ApiProperty({ example: 'nhsNumber' })
  field!: string;

  @ApiProperty({ example: 'must be a valid NHS number' })
  reason!: string;
}

/** RFC 9457 problem details, as every error leaves the API (`application/problem+json`). */
export class ProblemDetailsDto {
  @ApiProperty({ format: 'uri', example: 'https://ipc-pathway.nhs.example/problems/not-found' })
  type!: string;

  @ApiProperty({ example: 'Participant not found' })
  title!: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 404 })
  status!: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ description: 'The request path' })
  instance?: string;
}

/** The 400 variant: every invalid field with its reason. */
export class ValidationProblemDetailsDto extends ProblemDetailsDto {
  @ApiProperty({ type: [FieldErrorDto] })
  errors!: FieldErrorDto[];
}
