import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, problems } from './problem.exception';

/**
 * What the client can act on: a field that is absent fails every rule it has, so it is reported
 * once as required; a field the request does not take is named as such, not as a parser's phrase.
 */
function reasonsOf(error: ValidationError): string[] {
  const constraints = error.constraints ?? {};
  if (constraints.whitelistValidation) return ['is not a field of this request'];
  const reasons = Object.values(constraints);
  return error.value === undefined && reasons.length > 0 ? ['is required'] : reasons;
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    return [...reasonsOf(error).map((reason) => ({ field, reason })), ...flatten(error.children ?? [], field)];
  });
}

/** Validates and whitelists every body and query; each bad field is reported with its reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => problems.validation(flatten(errors)),
  });
}
