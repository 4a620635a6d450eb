import { buildSchema, GraphQLError, parse, specifiedRules, validate } from 'graphql';

import { limitParseOptions, limitRules, MAX_ALIASES, MAX_DEPTH, MAX_DIRECTIVES, MAX_TOKENS } from './limits';
import { flattenValidationErrors } from './validation';

const schema = buildSchema(`type Node { id: ID! child: Node } type Query { root: Node }`);
/** `depth` fields nested in one another, the innermost being `id`. */
const nested = (depth: number) => `{ root ${'{ child '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
const errorsOf = (query: string) => validate(schema, parse(query), [...specifiedRules, ...limitRules]).map((e) => e.message);

describe('query limits (graphql-armor rules and the parser)', () => {
  it(`accepts ${MAX_DEPTH} levels of fields and refuses ${MAX_DEPTH + 1}`, () => {
    expect(errorsOf(nested(MAX_DEPTH))).toEqual([]);
    expect(errorsOf(nested(MAX_DEPTH + 1))).toEqual([expect.stringMatching(/nested 11 levels deep; the limit is 10/)]);
  });

  it('counts the depth through fragments', () => {
    const inner = nested(MAX_DEPTH + 1).slice('{ root '.length, -' }'.length);
    expect(errorsOf(`{ root { ...Deep } } fragment Deep on Node ${inner}`)).toEqual([expect.stringMatching(/levels deep/)]);
  });

  it('leaves introspection out of the depth', () => {
    expect(
      errorsOf('{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }'),
    ).toEqual([]);
  });

  it(`accepts ${MAX_ALIASES} aliases and refuses ${MAX_ALIASES + 1}`, () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: root { id }`).join(' ')} }`;
    expect(errorsOf(aliases(MAX_ALIASES))).toEqual([]);
    expect(errorsOf(aliases(MAX_ALIASES + 1))).toEqual([expect.stringMatching(/uses 31 aliases; the limit is 30/)]);
  });

  it(`refuses more than ${MAX_DIRECTIVES} directives`, () => {
    const directives = (n: number) => `{ root { ${'id @include(if: true) '.repeat(n)}} }`;
    expect(errorsOf(directives(MAX_DIRECTIVES))).toEqual([]);
    expect(errorsOf(directives(MAX_DIRECTIVES + 1))).toEqual([expect.stringMatching(/uses 51 directives; the limit is 50/)]);
  });

  it(`stops parsing after ${MAX_TOKENS} tokens`, () => {
    const fields = (n: number) => `{ ${'root '.repeat(n)}}`; // n + 2 tokens
    expect(() => parse(fields(MAX_TOKENS - 2), limitParseOptions)).not.toThrow();
    expect(() => parse(fields(MAX_TOKENS), limitParseOptions)).toThrow(GraphQLError);
  });
});

describe('flattenValidationErrors', () => {
  it('maps nested class-validator errors to dotted field paths with the first message', () => {
    const fields = flattenValidationErrors([
      { property: 'title', constraints: { length: 'title must be 5 to 140 characters' }, children: [] },
      { property: 'filter', children: [{ property: 'spaceId', constraints: { isUuid: 'is not a valid id' }, children: [] }] },
    ]);
    expect(fields).toEqual({ title: 'must be 5 to 140 characters', 'filter.spaceId': 'is not a valid id' });
  });
});
