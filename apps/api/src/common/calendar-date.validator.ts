import { isCalendarDate, londonDate } from '@ipc/domain';
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

export function todayInLondon(): string {
  return londonDate(new Date());
}
