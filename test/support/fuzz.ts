import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

/** A small deterministic generator (mulberry32), so a failing run can be replayed from its seed. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
export type Random = ReturnType<typeof random>;

/** Values a client may send by mistake or on purpose: wrong types, edges, injections, NUL, tampered cursors. */
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x'.repeat(20_001),
  '💥'.repeat(300),
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  '2026-13-45T25:61:00Z',
  '1e400',
  'NaN',
  'Infinity',
  '-1',
  Buffer.from('{"k":[1e400,"x"]}').toString('base64url'),
  Buffer.from('{"id":"not-a-uuid","t":"yesterday"}').toString('base64url'),
  Buffer.from('garbage\u0000').toString('base64'),
  'eyJ', // a cut-off cursor
  0,
  -1,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER,
  1.5,
  -0.0001,
  true,
  false,
  [],
  [null],
  ['a', 1, null],
  {},
  { nested: { deeper: ['x'] } },
];

/** A value for `type` that is sometimes right, mostly wrong. */
function valueFor(type: GraphQLInputType, rng: Random, depth = 0): unknown {
  if (rng.next() < 0.5 || depth > 3) return rng.pick(HOSTILE_VALUES);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return Array.from({ length: rng.int(4) }, () => valueFor(inner.ofType, rng, depth + 1));
  if (isEnumType(inner)) return rng.next() < 0.7 ? rng.pick(inner.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    const value: Record<string, unknown> = {};
    for (const field of fields) if (rng.next() < 0.8) value[field.name] = valueFor(field.type, rng, depth + 1);
    if (rng.next() < 0.2) value.unknownField = 'surprise';
    return value;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
        return rng.pick([0, 1, 20, 100, 101, -5, 2 ** 31]);
      case 'Float':
        return rng.pick([0, 2.5, -1, 1e308]);
      case 'Boolean':
        return rng.next() < 0.5;
      case 'ID':
        return rng.pick(['3fa85f64-5717-4562-b3fc-2c963f66afa6', 'nope', '']);
      case 'DateTime':
        return rng.pick(['2026-01-01T00:00:00Z', '2026-02-30', 'yesterday', '']);
      default:
        return rng.pick(['text', 'a reasonable sentence of some length', '']);
    }
  }
  return null;
}

function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  return `{ __typename${'id' in fields ? ' id' : ''} }`;
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

export interface FuzzRequest {
  body: string;
  contentType: string;
}

/** Every root field of the committed schema, but those that would end the fuzzer's own session. */
export function fuzzTargets(skip: readonly string[] = ['signOut']) {
  const schema = buildSchema(readFileSync(resolve(__dirname, '../../api/schema.gql'), 'utf8'));
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, type]) =>
    type
      ? Object.values(type.getFields())
          .filter((field) => !skip.includes(field.name))
          .map((field) => ({ kind, field }))
      : [],
  );
}

/** One operation on `field` with its arguments as variables (usually) or inline literals. */
function operationRequest(kind: string, field: GraphQLField<unknown, unknown>, rng: Random): Record<string, unknown> {
  const args = field.args as readonly GraphQLArgument[];
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of args) {
    if (rng.next() < 0.15) continue; // a missing argument, required or not
    const value = valueFor(arg.type, rng);
    if (rng.next() < 0.8) {
      // a variable declared with its type (sometimes the wrong one)
      declared.push(`$${arg.name}: ${rng.next() < 0.9 ? typeString(arg.type) : 'String'}`);
      passed.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = value;
    } else {
      passed.push(`${arg.name}: ${JSON.stringify(value)?.replace(/"([a-zA-Z_]\w*)":/g, '$1:') ?? 'null'}`);
    }
  }
  if (rng.next() < 0.1) passed.push('notAnArgument: 1');
  const head = declared.length ? `(${declared.join(', ')})` : '';
  const call = passed.length ? `(${passed.join(', ')})` : '';
  return { query: `${kind} Fuzz${head} { ${field.name}${call} ${selectionFor(field.type)} }`, variables };
}

/** Malformed documents and bodies that are not about one operation. */
function malformedRequest(rng: Random): FuzzRequest {
  const json = (value: unknown): FuzzRequest => ({ body: JSON.stringify(value), contentType: 'application/json' });
  switch (rng.int(14)) {
    case 0:
      return { body: '{"query": "{ me { id } ', contentType: 'application/json' };
    case 1:
      return { body: 'not json at all \u0000', contentType: 'application/json' };
    case 2:
      return json([{ query: '{ me { id } }' }, { query: '{ spaces { id } }' }]);
    case 3:
      return json({ query: 42, variables: 'nope' });
    case 4:
      return json({ query: `{ ${'me { id } '.repeat(1)}${Array.from({ length: 500 }, (_, i) => `a${i}: spaces { id }`).join(' ')} }` });
    case 5:
      return json({
        query: `{ ${'initiatives { nodes { comments { replies { author { awards { initiative { '.repeat(4)} id ${'} } } } } } '.repeat(4)}}`,
      });
    case 6:
      return json({ query: 'query A { me { id } } query B { spaces { id } }' });
    case 7:
      return json({ query: 'fragment F on User { ...G } fragment G on User { ...F } { me { ...F } }' });
    case 8:
      return json({ query: '{ me @skip(if: "yes") { id } }' });
    case 9:
      return json({ query: '{ me { id } }', operationName: 'DoesNotExist' });
    case 10:
      return json({ query: '{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }' });
    case 11:
      return { body: 'query={ me { id } }', contentType: 'application/x-www-form-urlencoded' };
    case 12:
      return json({ query: `{ initiatives(first: ${rng.pick(['1e400', '-1', '"20"', '99999999999'])}) { totalCount } }` });
    default:
      return json({ query: '\u0000{ me { id } }' });
  }
}

/** The n-th request of the run: mostly operations of the schema with hostile arguments, some malformed bodies. */
export function fuzzRequest(targets: ReturnType<typeof fuzzTargets>, rng: Random): FuzzRequest {
  if (rng.next() < 0.15) return malformedRequest(rng);
  const { kind, field } = rng.pick(targets);
  return { body: JSON.stringify(operationRequest(kind, field, rng)), contentType: 'application/json' };
}
