import type { OpenAPIObject } from '@nestjs/swagger';
import { IsIn, IsInt, Length, Matches, Max, Min } from 'class-validator';
import { applyValidationConstraints } from './openapi-constraints';

class ConstraintSampleDto {
  @IsInt()
  @Min(0)
  @Max(10_000)
  amountPence!: number;

  @Length(1, 64)
  @Matches(/^[a-z-]+$/)
  code!: string;

  @Matches(/^[a-z]+$/i)
  anyCase!: string;

  @IsIn(['a', 'b'], { each: true })
  choices!: string[];
}

const documentWith = (properties: Record<string, object>) =>
  ({
    components: { schemas: { [ConstraintSampleDto.name]: { type: 'object', properties } } },
  }) as unknown as OpenAPIObject;

describe(applyValidationConstraints.name, () => {
  it("should write each property's validation rules into its schema, for array items too", () => {
    const document = documentWith({
      amountPence: { type: 'number', minimum: 1 },
      code: { type: 'string' },
      anyCase: { type: 'string' },
      choices: { type: 'array', items: { type: 'string' } },
    });
    applyValidationConstraints(document);
    expect(document.components?.schemas?.[ConstraintSampleDto.name]).toEqual({
      type: 'object',
      properties: {
        amountPence: { type: 'integer', minimum: 0, maximum: 10_000 },
        code: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z-]+$' },
        // A case-insensitive pattern has no JSON Schema spelling: it is left out rather than narrowed.
        anyCase: { type: 'string' },
        choices: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
      },
    });
  });
});
