import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';

/** A list of nested objects, each validated as the given class: at least `min`, at most `max` of them. */
export function NestedList(type: () => new () => object, { min = 0, max }: { min?: number; max: number }) {
  return applyDecorators(
    IsArray(),
    ...(min > 0 ? [ArrayMinSize(min)] : []),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(type),
  );
}
