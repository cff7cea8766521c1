import { dateOfBirthProblem, isCalendarDate, londonDate } from '@ipc/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A real YYYY-MM-DD date that is not after today in Europe/London. */
export function IsPastOrTodayDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPastOrTodayDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && isCalendarDate(value) && value <= londonDate(new Date()),
        defaultMessage: () => 'must be a date (YYYY-MM-DD) that is not in the future',
      },
    });
}

/** A real YYYY-MM-DD date that a living person can have been born on (not future, not 125+ years ago). */
export function IsDateOfBirth(options?: ValidationOptions): PropertyDecorator {
  const problem = (value: unknown) =>
    typeof value === 'string' && isCalendarDate(value)
      ? dateOfBirthProblem(value, todayInLondon())
      : 'must be a date (YYYY-MM-DD)';
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOfBirth',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => problem(value) === null,
        defaultMessage: (args) => problem(args?.value) ?? 'must be a date of birth',
      },
    });
}

/** A real YYYY-MM-DD date, past or future (a school move, say, is often recorded ahead of time). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
        defaultMessage: () => 'must be a date (YYYY-MM-DD)',
      },
    });
}

export function todayInLondon(): string {
  return londonDate(new Date());
}
