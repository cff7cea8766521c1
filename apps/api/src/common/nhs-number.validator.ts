import { isValidNhsNumber, normaliseNhsNumber } from '@ipc/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Ten digits (spaces allowed) with a valid modulus 11 check digit, not all the same digit. */
export function IsNhsNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNhsNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidNhsNumber(normaliseNhsNumber(value)),
        defaultMessage: () =>
          'must be a valid NHS number (10 digits, not all the same, with a correct modulus 11 check digit)',
      },
    });
}
