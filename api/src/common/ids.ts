import type { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';

import { InvalidInputError, NotFoundError, type DomainError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an object (and must never reach SQL as one). */
export const isUuid = (value: string): boolean => UUID.test(value);

/** The id itself when well-formed (or absent); otherwise the error `malformed` makes. */
export function parseId<T extends string | null | undefined>(value: T, malformed: () => DomainError): T {
  if (value == null || isUuid(value)) return value;
  throw malformed();
}

/** Checks an id argument at the edge, so services only ever see well-formed ids (or none). */
export class ParseIdPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  constructor(private readonly malformed: () => DomainError) {}

  transform(value: string | null | undefined): string | null | undefined {
    return parseId(value, this.malformed);
  }
}

/** An id that names one object: a malformed one is NOT_FOUND, like an unknown one (`what` names it). */
export const IdArg = (name: string, what: string, options: { nullable?: boolean } = {}) =>
  Args(name, { type: () => ID, nullable: options.nullable ?? false }, new ParseIdPipe(() => new NotFoundError(what)));

/** An optional id that narrows a list or a report: a malformed one is BAD_USER_INPUT on that argument. */
export const FilterIdArg = (name: string) =>
  Args(name, { type: () => ID, nullable: true }, new ParseIdPipe(() => new InvalidInputError({ [name]: 'is not a valid id' })));

/** A list of ids to act on: malformed ones name nothing, so they are left out like unknown ones. */
export const IdsArg = (name: string) =>
  Args(
    name,
    { type: () => [ID], nullable: true },
    {
      transform: (ids: string[] | null | undefined) => ids?.filter(isUuid) ?? ids,
    },
  );
