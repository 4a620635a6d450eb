import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';

import type { Role } from '@red-chair/domain';

import { ACCESS_MATRIX, type AccessRule } from '../../../test/support/access-matrix';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const ROLES: readonly Role[] = ['CUSTOMER', 'EMPLOYEE', 'MANAGER', 'ADMIN'];
type Kind = keyof typeof ACCESS_MATRIX;

const operations = (['Query', 'Mutation', 'Subscription'] as const).flatMap((kind) => {
  const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
});

/** A value of the right type for a required argument: the call reaches the guard, not the coercion. */
function valueFor(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, valueFor(field.type)]),
    );
  }
  switch (inner.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'access matrix probe';
  }
}

/** The operation with its required arguments as variables, selecting only `__typename`. */
function probe(kind: Kind, field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const operation = kind === 'Query' ? 'query' : 'mutation';
  return {
    query: `${operation} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, valueFor(arg.type)])),
  };
}

const allowedRoles = (rule: AccessRule): readonly Role[] => (rule.roles === 'ANY' ? ROLES : rule.roles);

describe('authorisation matrix (test/support/access-matrix.ts)', () => {
  let app: TestApp;
  const people = new Map<Role, TestUser>();

  beforeAll(async () => {
    app = await TestApp.start();
    for (const role of ROLES) people.set(role, await app.make.user({ role }));
  });
  afterAll(() => app.close());

  it('has a row for every Query, Mutation and Subscription field of api/schema.gql', () => {
    const missing = operations
      .filter(({ kind, field }) => !ACCESS_MATRIX[kind][field.name])
      .map(({ kind, field }) => `${kind}.${field.name}`);
    const stale = (Object.keys(ACCESS_MATRIX) as Kind[]).flatMap((kind) =>
      Object.keys(ACCESS_MATRIX[kind])
        .filter((name) => !operations.some((operation) => operation.kind === kind && operation.field.name === name))
        .map((name) => `${kind}.${name}`),
    );
    if (missing.length) throw new Error(`Add a row to test/support/access-matrix.ts for: ${missing.join(', ')}`);
    if (stale.length) throw new Error(`Remove the rows of test/support/access-matrix.ts for operations that are gone: ${stale.join(', ')}`);
  });

  const overHttp = operations.filter(({ kind }) => kind !== 'Subscription');

  it.each(overHttp.map(({ kind, field }) => [`${kind}.${field.name}`, kind, field] as const))(
    '%s: without a session, as the matrix says',
    async (_name, kind, field) => {
      const rule = ACCESS_MATRIX[kind][field.name];
      if (!rule || rule.anonymous === 'ALLOWED') return; // the front door answers; its own specs cover what
      const { query, variables } = probe(kind, field);
      expect(await app.as().runUntypedDocument(query, variables)).toHaveErrorCode('UNAUTHENTICATED');
    },
  );

  it.each(overHttp.map(({ kind, field }) => [`${kind}.${field.name}`, kind, field] as const))(
    '%s: FORBIDDEN to every role the matrix leaves out',
    async (_name, kind, field) => {
      const rule = ACCESS_MATRIX[kind][field.name];
      if (!rule) return;
      const refused = ROLES.filter((role) => !allowedRoles(rule).includes(role));
      const { query, variables } = probe(kind, field);
      const codes = [];
      for (const role of refused) {
        const { errors } = await app.as(people.get(role)).runUntypedDocument(query, variables);
        codes.push([role, errors?.[0]?.extensions?.code]);
      }
      expect(codes).toEqual(refused.map((role) => [role, 'FORBIDDEN']));
    },
  );
});
