import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** RFC 3339 date-time: a date, a time, and Z or an offset. */
const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * A date that exists, or a refusal: "not a date", 2026-02-31 (which JS would roll over to 3 March) and
 * years past 9999 are refused while the request is checked, as bad input, before any SQL runs.
 */
export function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? RFC_3339.exec(value) : null;
  if (match) {
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const date = new Date(value as string);
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth &&
      hour <= 23 &&
      minute <= 59 &&
      second <= 59 &&
      !Number.isNaN(date.getTime())
    ) {
      return date;
    }
  }
  throw new GraphQLError('must be a date and time such as 2026-03-01T09:00:00Z', { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The schema's DateTime, with the same name and description as Nest's, but strict about what it takes. */
export const StrictDateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('must be a date and time such as 2026-03-01T09:00:00Z', { nodes: [ast] });
    return parseDateTime(ast.value);
  },
});

/** Every Date field and argument of the schema is this scalar (the server and the schema printer agree). */
export const SCALARS_MAP = [{ type: Date, scalar: StrictDateTime }];
