import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PAGINATION } from '@red-chair/domain';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { InvalidInputError } from './errors';

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

/**
 * Turns `first + 1` rows into a page: the extra row only tells whether there is a next page.
 * `cursorKeys` gives the sort keys of a row as the database computed them.
 */
export function toPage<T>(rows: T[], first: number, totalCount: number, cursorKeys: (row: T, index: number) => (string | number)[]): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.length - 1;
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last >= 0 ? encodeCursor(cursorKeys(nodes[last], last)) : null },
  };
}
