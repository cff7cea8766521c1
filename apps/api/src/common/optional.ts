import { ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * A field that may be left out, though not sent as `null` (IsOptional lets `null` through, past
 * every other check): left out, its default applies; `null` is refused like any wrong value.
 */
export const IsOmittable = (options?: ValidationOptions) =>
  ValidateIf((_object: object, value: unknown) => value !== undefined, options);
