import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { PAGINATION } from '@red-chair/domain';

import { InvalidInputError } from './errors';
import { isUuid } from './ids';
import type { SqlParameters } from './sql';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: PAGINATION.defaultFirst })
  @Min(0, { message: 'must be 0 or more' })
  @Max(PAGINATION.maxFirst, { message: `must be at most ${PAGINATION.maxFirst}` })
  first: number = PAGINATION.defaultFirst;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

/** The admin's logs (outbox, audit) page by 50, the contract's default for them. */
@ArgsType()
export class LogPageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(0, { message: 'must be 0 or more' })
  @Max(PAGINATION.maxFirst, { message: `must be at most ${PAGINATION.maxFirst}` })
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

/** Cursors are opaque to clients: base64url of a JSON tuple of the sort keys. */
export function encodeCursor(keys: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number')[]): (string | number)[] {
  try {
    const keys: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(keys) && keys.length === shape.length && keys.every((key, i) => typeof key === shape[i])) {
      return keys as (string | number)[];
    }
  } catch {
    // fall through
  }
  throw new InvalidInputError({ after: 'is not a cursor from this list' });
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** A timestamp at full microsecond precision: a JS Date would round it and break keyset paging. */
const exactTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * Whether a cursor's value can be cast to its key's SQL type: a cursor is the client's to send, so a
 * tampered one (a bad time, a non-uuid id, 1e400) is refused as input instead of failing in SQL.
 */
function fitsSqlType(value: string | number, sqlType: SortKey['sqlType']): boolean {
  switch (sqlType) {
    case 'timestamptz':
      return typeof value === 'string' && EXACT_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'uuid':
      return typeof value === 'string' && isUuid(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2 ** 31 - 1;
    case 'double precision':
      return typeof value === 'number' && Number.isFinite(value);
    case 'text':
      return typeof value === 'string' && !value.includes('\u0000');
  }
}

/** One sort key of a list: the SQL it sorts on, and how its value travels in a cursor. */
export interface SortKey {
  expression: string;
  sqlType: 'timestamptz' | 'integer' | 'double precision' | 'text' | 'uuid';
  cursorType: 'string' | 'number';
  cursorSelect: string;
}

export const timeKey = (column: string): SortKey => ({
  expression: column,
  sqlType: 'timestamptz',
  cursorType: 'string',
  cursorSelect: exactTime(column),
});
export const numberKey = (expression: string, sqlType: 'integer' | 'double precision'): SortKey => ({
  expression,
  sqlType,
  cursorType: 'number',
  cursorSelect: expression,
});
export const textKey = (expression: string): SortKey => ({ expression, sqlType: 'text', cursorType: 'string', cursorSelect: expression });
/** The last key of every list: unique, so rows that tie on the others still page in a stable order. */
export const idKey = (column: string): SortKey => ({ expression: column, sqlType: 'uuid', cursorType: 'string', cursorSelect: column });

/** What a keyset query selects besides its rows' own columns: each key's value as the database computed it. */
export type CursorColumns = Record<`cursor.${number}`, string | number>;

/**
 * Keyset paging, the one way every connection pages: all keys run one way and the last is unique,
 * so "after the cursor" is one row comparison (an index range) and a page deep in a list costs what
 * the first one does. A cursor carries the keys of the last row (and the list's `tag`, when one list
 * has several orders, so a cursor of one order is refused by another).
 */
export class Keyset {
  constructor(
    private readonly keys: readonly SortKey[],
    readonly direction: 'ASC' | 'DESC' = 'DESC',
    private readonly tag?: string,
  ) {}

  get orderBy(): string {
    return this.keys.map((key) => `${key.expression} ${this.direction}`).join(', ');
  }

  /** Select these with the rows: `page` reads the next cursor from them. */
  get cursorColumns(): string {
    return this.keys.map((key, n) => `${key.cursorSelect} AS "cursor.${n}"`).join(', ');
  }

  /** The cursor columns of a subquery `alias` that selected `cursorColumns`, to carry them outwards. */
  cursorColumnsOf(alias: string): string {
    return this.keys.map((_, n) => `${alias}."cursor.${n}"`).join(', ');
  }

  /** The condition "after this cursor", its values added to `params`. */
  after(cursor: string, params: SqlParameters): string {
    const shape = this.keys.map((key) => key.cursorType);
    const decoded = decodeCursor(cursor, this.tag === undefined ? shape : ['string', ...shape]);
    const values = this.tag === undefined ? decoded : decoded.slice(1);
    if (this.tag !== undefined && decoded[0] !== this.tag)
      throw new InvalidInputError({ after: 'is a cursor of another order of this list' });
    if (!this.keys.every((key, n) => fitsSqlType(values[n], key.sqlType)))
      throw new InvalidInputError({ after: 'is not a cursor from this list' });
    const left = this.keys.map((key) => key.expression).join(', ');
    const right = this.keys.map((key, n) => `CAST(${params.add(values[n])} AS ${key.sqlType})`).join(', ');
    return `(${left}) ${this.direction === 'DESC' ? '<' : '>'} (${right})`;
  }

  /** `first + 1` rows (in order) to a page of `first` nodes, the extra one telling there is more. */
  page<R extends CursorColumns, N>(rows: readonly R[], first: number, totalCount: number, toNode: (row: R) => N): Page<N> {
    const kept = rows.slice(0, first);
    const last = kept[kept.length - 1];
    const keys = last
      ? this.keys.map((key, n) => (key.cursorType === 'number' ? Number(last[`cursor.${n}`]) : String(last[`cursor.${n}`])))
      : [];
    return {
      nodes: kept.map(toNode),
      totalCount,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: last ? encodeCursor(this.tag === undefined ? keys : [this.tag, ...keys]) : null,
      },
    };
  }
}
