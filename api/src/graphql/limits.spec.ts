import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { aliasLimitRule, depthLimitRule, MAX_DEPTH } from './limits';
import { flattenValidationErrors } from './validation';

const schema = buildSchema(`type Node { id: ID! child: Node } type Query { root: Node }`);
const nested = (depth: number) => `{ root ${'{ child '.repeat(depth - 1)}{ id }${' }'.repeat(depth - 1)} }`;
const errorsOf = (query: string) => validate(schema, parse(query), [...specifiedRules, depthLimitRule, aliasLimitRule]).map((e) => e.message);

describe('depthLimitRule', () => {
  it(`accepts ${MAX_DEPTH} levels and refuses ${MAX_DEPTH + 1}`, () => {
    expect(errorsOf(nested(MAX_DEPTH - 1))).toEqual([]);
    expect(errorsOf(nested(MAX_DEPTH + 1))).toEqual([expect.stringMatching(/nested \d+ levels deep; the limit is 10/)]);
  });

  it('follows fragments', () => {
    const query = `{ root { ...Deep } } fragment Deep on Node ${nested(MAX_DEPTH).slice(7, -2)}`;
    expect(errorsOf(query).some((m) => /levels deep/.test(m))).toBe(true);
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
