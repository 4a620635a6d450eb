import { ValidationPipe, type ValidationError } from '@nestjs/common';

import { InvalidInputError } from '../common/errors';

/** class-validator's nested errors flattened to `field.path → first message`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const first = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (first) fields[path] = first.startsWith(`${error.property} `) ? first.slice(error.property.length + 1) : first;
    if (error.children?.length) Object.assign(fields, flattenValidationErrors(error.children, path));
  }
  return fields;
}

/** Every argument is validated before a resolver runs; failures are BAD_USER_INPUT with `fields`. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
});
