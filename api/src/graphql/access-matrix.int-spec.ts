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

import { canSeeSpace, isAdmin, SPACE_ACCESSES, SPACE_KINDS, type Role, type SpaceShape } from '@red-chair/domain';

import { makeSpaceFixtures } from '../../../test/support/access-fixtures';
import { ACCESS_MATRIX, type AccessOutcome, type AccessRule, type SpaceFixtures } from '../../../test/support/access-matrix';
import { subscribe, subscribeWhenListening, within } from '../../../test/support/live';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { initiativeTopic, notificationTopic } from '../live/live-events.service';

const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const ROLES: readonly Role[] = ['CUSTOMER', 'EMPLOYEE', 'MANAGER', 'ADMIN'];
const SPACES: readonly SpaceShape[] = SPACE_KINDS.flatMap((kind) => SPACE_ACCESSES.map((access) => ({ kind, access })));
type Kind = keyof typeof ACCESS_MATRIX;
type Field = GraphQLField<unknown, unknown>;

const operations = (['Query', 'Mutation', 'Subscription'] as const).flatMap((kind) => {
  const type = kind === 'Query' ? schema.getQueryType() : kind === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  return Object.values(type?.getFields() ?? {}).map((field) => ({
    kind,
    field,
    rule: ACCESS_MATRIX[kind][field.name] as AccessRule | undefined,
  }));
});

/** Names the fixtures, for test titles that show a listing's arguments. */
const EXAMPLE_FIXTURES = new Proxy({} as SpaceFixtures, { get: (_target, name) => ({ id: `<${String(name)}>` }) });

/** Operations as `it.each` rows, named `Kind.field`. */
const named = <T extends { kind: Kind; field: Field }>(list: T[]) =>
  list.map((operation) => [`${operation.kind}.${operation.field.name}`, operation] as const);

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

/**
 * The operation selecting only `__typename`, with `given` arguments (a row's probe) as variables and
 * made-up values for the other required ones.
 */
function document(kind: Kind, field: Field, given: Record<string, unknown> = {}): { query: string; variables: Record<string, unknown> } {
  const used = field.args.filter((arg) => arg.name in given || isNonNullType(arg.type));
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const type = getNamedType(field.type);
  // A connection shows what it lists and counts: hidden objects must be absent from both.
  const listed =
    isObjectType(type) && 'nodes' in type.getFields()
      ? ` nodes { __typename }${'totalCount' in type.getFields() ? ' totalCount' : ''}`
      : '';
  const selection = isObjectType(type) ? ` { __typename${listed} }` : '';
  const operation = kind === 'Query' ? 'query' : kind === 'Mutation' ? 'mutation' : 'subscription';
  return {
    query: `${operation} Probe${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(used.map((arg) => [arg.name, arg.name in given ? given[arg.name] : valueFor(arg.type)])),
  };
}

const allowedRoles = (rule: AccessRule): readonly Role[] => (rule.roles === 'ANY' ? ROLES : rule.roles);

/** Anything but a refusal: data, or a business answer such as BAD_USER_INPUT or CONFLICT. */
const REFUSALS: readonly string[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];
const outcomeOf = (errors: { extensions?: { code?: unknown } }[] | undefined): string => {
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' && REFUSALS.includes(code) ? code : 'ALLOWED';
};

/** A caller of the matrix: one per role, member of every space made for them or of none. */
interface Caller {
  role: Role;
  member: boolean;
  user: TestUser;
}
const describeCaller = ({ role, member }: Caller) => `${role} ${member ? 'member' : 'non-member'}`;
const describeSpace = ({ kind, access }: SpaceShape) => `${kind} ${access}`;

/** Whose objects a probe points at: someone else's, or the caller's own (for an `owner` rule). */
type Subject = 'theirs' | 'mine';

/** What the matrix says `caller` gets from `rule` on objects of a space shaped `space`. */
function expectedOutcome(rule: AccessRule, caller: Caller, space: SpaceShape, subject: Subject): AccessOutcome | 'EMPTY' {
  if (!allowedRoles(rule).includes(caller.role)) return 'FORBIDDEN';
  if (!canSeeSpace(caller.role, space, caller.member)) return rule.whenHidden ?? 'NOT_FOUND';
  if (subject === 'theirs' && rule.owner === 'AUTHOR') return 'FORBIDDEN';
  if (subject === 'theirs' && rule.owner === 'GRANTER_OR_ADMIN' && !isAdmin(caller.role)) return 'FORBIDDEN';
  return 'ALLOWED';
}

/** Whether a list answered is empty: a connection's `nodes` and `totalCount`, or the list itself. */
const isEmptyList = (data: unknown, field: string): boolean => {
  const value = (data as Record<string, unknown> | null | undefined)?.[field];
  if (Array.isArray(value)) return value.length === 0;
  const connection = value as { nodes?: unknown; totalCount?: unknown } | null | undefined;
  return Array.isArray(connection?.nodes) && connection.nodes.length === 0 && (connection.totalCount ?? 0) === 0;
};

describe('authorisation matrix (test/support/access-matrix.ts)', () => {
  let app: TestApp;
  let url: string;
  const callers: Caller[] = [];
  let author: TestUser;
  let granter: TestUser;
  let awards: { theirs: string; mine: string; free: string };

  /** Fixtures for each combination, made afresh (test/support/access-fixtures.ts). */
  const makeSpaces = (combinations: readonly { space: SpaceShape; caller: Caller; subject: Subject }[]) =>
    makeSpaceFixtures(
      (sql, params) => app.db.query(sql, params),
      { author, granter, awards },
      combinations.map(({ space, caller, subject }) => ({
        shape: space,
        caller: caller.user,
        member: caller.member,
        own: subject === 'mine',
      })),
    );

  beforeAll(async () => {
    app = await TestApp.start();
    url = await app.listen();
    [author, granter] = await Promise.all([app.make.user({ role: 'EMPLOYEE' }), app.make.user({ role: 'MANAGER' })]);
    for (const role of ROLES) {
      for (const member of [false, true]) callers.push({ role, member, user: await app.make.user({ role }) });
    }
    const [theirs, mine, free] = await Promise.all([app.make.award(), app.make.award(), app.make.award()]);
    awards = { theirs: theirs.id, mine: mine.id, free: free.id };
  });
  afterAll(() => app.close());

  it('has a row for every Query, Mutation and Subscription field of api/schema.gql, and a probe for each space row', () => {
    const missing = operations.filter(({ rule }) => !rule).map(({ kind, field }) => `${kind}.${field.name}`);
    const stale = (Object.keys(ACCESS_MATRIX) as Kind[]).flatMap((kind) =>
      Object.keys(ACCESS_MATRIX[kind])
        .filter((name) => !operations.some((operation) => operation.kind === kind && operation.field.name === name))
        .map((name) => `${kind}.${name}`),
    );
    const unprobed = operations.filter(({ rule }) => rule?.space && !rule.probe).map(({ kind, field }) => `${kind}.${field.name}`);
    if (missing.length) throw new Error(`Add a row to test/support/access-matrix.ts for: ${missing.join(', ')}`);
    if (stale.length) throw new Error(`Remove the rows of test/support/access-matrix.ts for operations that are gone: ${stale.join(', ')}`);
    if (unprobed.length) throw new Error(`Give these space rows of test/support/access-matrix.ts a probe: ${unprobed.join(', ')}`);
  });

  // Before the other tests, so that the lists hold only these fixtures (within a first page of 100).
  describe('lists across spaces', () => {
    /** Each caller's spaces of every kind, and one notification per space for each caller about it. */
    let spaces: (SpaceFixtures & { shape: SpaceShape; owner: Caller })[] = [];
    beforeAll(async () => {
      const cases = SPACES.flatMap((space) => callers.map((caller) => ({ space, caller, subject: 'theirs' as const })));
      spaces = (await makeSpaces(cases)).map((fixtures, index) => ({ ...fixtures, owner: cases[index].caller }));
      await app.db.query(
        `INSERT INTO notifications (recipient_id, kind, initiative_id, challenge_id, actor_id)
         SELECT recipient, 'COMMENTED', initiative, NULL, $3::uuid FROM unnest($1::uuid[]) AS r(recipient), unnest($2::uuid[]) AS i(initiative)
         UNION ALL SELECT recipient, 'CHALLENGE_OPENED', NULL, challenge, $3::uuid FROM unnest($1::uuid[]) AS r(recipient), unnest($4::uuid[]) AS c(challenge)`,
        [callers.map(({ user }) => user.id), spaces.map((f) => f.initiative.id), author.id, spaces.map((f) => f.challenge.id)],
      );
    });

    /** The spaces of the fixtures `caller` may see: membership is theirs in their own spaces only. */
    const visibleTo = (caller: Caller) =>
      spaces.filter((f) => canSeeSpace(caller.role, f.shape, f.owner === caller && caller.member)).map((f) => f.space.id);

    const listings = operations.flatMap((operation) =>
      (operation.rule?.lists ?? []).map((listing) => {
        const name = `${operation.kind}.${operation.field.name}(${JSON.stringify(listing.args?.(EXAMPLE_FIXTURES) ?? {})})`;
        return [name, operation.field, listing] as const;
      }),
    );
    it.each(listings)('%s: shows what lives in exactly the spaces each caller sees', async (_name, field, { args, selection }) => {
      const given = args?.(spaces[0]) ?? {};
      const used = field.args.filter((arg) => arg.name in given);
      const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const argumentList = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `query Listed${declarations ? `(${declarations})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''} ${selection} }`;
      const seen = [];
      for (const caller of callers) {
        const { data, errors } = await app.as(caller.user).runUntypedDocument(query, given);
        const answer = JSON.stringify(errors ?? data);
        // Everything fits in the first page, so a connection's count is what it listed.
        const connection = (data as Record<string, { nodes?: unknown[]; totalCount?: number }> | null | undefined)?.[field.name];
        const count =
          connection?.totalCount === undefined || connection.totalCount === connection.nodes?.length
            ? 'counted as listed'
            : `totalCount ${connection.totalCount} for ${connection.nodes?.length} listed`;
        seen.push([describeCaller(caller), spaces.filter((f) => answer.includes(f.space.id)).map((f) => f.space.id), count]);
      }
      expect(seen).toEqual(callers.map((caller) => [describeCaller(caller), visibleTo(caller), 'counted as listed']));
    });

    it('Query.unreadNotificationCount: counts only the notifications of spaces each caller sees', async () => {
      const counts = [];
      for (const caller of callers) {
        const { data } = await app.as(caller.user).runUntypedDocument('query { unreadNotificationCount }');
        counts.push([describeCaller(caller), (data as { unreadNotificationCount?: number } | null)?.unreadNotificationCount]);
      }
      // Two per space seen: a comment on its initiative and its challenge opening.
      expect(counts).toEqual(callers.map((caller) => [describeCaller(caller), 2 * visibleTo(caller).length]));
    });
  });

  const overHttp = operations.filter(({ kind }) => kind !== 'Subscription');
  it.each(named(overHttp))('%s: without a session, as the matrix says', async (_name, { kind, field, rule }) => {
    if (!rule || rule.anonymous === 'ALLOWED') return; // the front door answers; its own specs cover what
    const { query, variables } = document(kind, field);
    expect(await app.as().runUntypedDocument(query, variables)).toHaveErrorCode('UNAUTHENTICATED');
  });

  it.each(named(overHttp.filter(({ rule }) => rule && !rule.space && rule.anonymous === 'UNAUTHENTICATED')))(
    '%s: FORBIDDEN to every role the matrix leaves out, let through for the others',
    async (_name, { kind, field, rule }) => {
      const roleCallers = ROLES.map((role) => callers.find((candidate) => candidate.role === role)!);
      const spaces = rule!.probe
        ? await makeSpaces(roleCallers.map((caller) => ({ space: { kind: 'COMMUNITY', access: 'OPEN' }, caller, subject: 'theirs' })))
        : [];
      const answers = [];
      for (const [index, caller] of roleCallers.entries()) {
        const { query, variables } = document(kind, field, spaces[index] && rule!.probe?.(spaces[index]));
        const { errors } = await app.as(caller.user).runUntypedDocument(query, variables);
        answers.push([caller.role, outcomeOf(errors)]);
      }
      expect(answers).toEqual(ROLES.map((role) => [role, allowedRoles(rule!).includes(role) ? 'ALLOWED' : 'FORBIDDEN']));
    },
  );

  it.each(named(overHttp.filter(({ rule }) => rule?.space)))(
    '%s: per kind of space, role and membership, as canSeeSpace and the row say',
    async (_name, { kind, field, rule }) => {
      const subjects: Subject[] = rule!.owner ? ['theirs', 'mine'] : ['theirs'];
      const cases = SPACES.flatMap((space) => callers.flatMap((caller) => subjects.map((subject) => ({ space, caller, subject }))));
      const spaces = await makeSpaces(cases);
      const answers = await Promise.all(
        cases.map(async (combination, index) => {
          const { query, variables } = document(kind, field, rule!.probe!(spaces[index]));
          const { data, errors } = await app.as(combination.caller.user).runUntypedDocument(query, variables);
          const outcome = outcomeOf(errors);
          return outcome === 'ALLOWED' && !errors && isEmptyList(data, field.name) && rule!.whenHidden ? 'EMPTY' : outcome;
        }),
      );
      const describe = ({ space, caller, subject }: (typeof cases)[number]) =>
        `${describeSpace(space)}, ${describeCaller(caller)}${rule!.owner ? `, ${subject}` : ''}`;
      expect(cases.map((combination, index) => [describe(combination), answers[index]])).toEqual(
        cases.map((combination) => [
          describe(combination),
          expectedOutcome(rule!, combination.caller, combination.space, combination.subject),
        ]),
      );
    },
  );

  it('Subscription.initiativeUpdated: per kind of space, role and membership, NOT_FOUND or listening', async () => {
    const { field, rule } = operations.find(
      (operation) => operation.kind === 'Subscription' && operation.field.name === 'initiativeUpdated',
    )!;
    const cases = SPACES.flatMap((space) => callers.map((caller) => ({ space, caller, subject: 'theirs' as const })));
    const spaces = await makeSpaces(cases);
    const answers = await Promise.all(
      cases.map(async ({ caller }, index) => {
        const variables = rule!.probe!(spaces[index]);
        const { query } = document('Subscription', field, variables);
        const expected = expectedOutcome(rule!, caller, spaces[index].shape, 'theirs');
        // Each way waits only for what the matrix expects; anything else shows as the reason it failed.
        try {
          if (expected === 'ALLOWED') {
            const live = await subscribeWhenListening(app.topics, initiativeTopic(spaces[index].initiative.id), url, query, variables, {
              token: caller.user.token,
            });
            await live.close();
            return 'ALLOWED';
          }
          const refused = subscribe(url, query, variables, { token: caller.user.token });
          // One result carrying the error, then the server ends the stream.
          const { errors } = await refused.next();
          await within(refused.ended, 'the refused subscription did not end').finally(() => refused.close());
          return errors?.[0]?.extensions?.code ?? 'ALLOWED';
        } catch (error) {
          return String(error);
        }
      }),
    );
    const described = (index: number) => `${describeSpace(cases[index].space)}, ${describeCaller(cases[index].caller)}`;
    expect(answers.map((answer, index) => [described(index), answer])).toEqual(
      cases.map(({ caller, space }, index) => [described(index), expectedOutcome(rule!, caller, space, 'theirs')]),
    );
  });

  it.each(named(operations.filter(({ kind }) => kind === 'Subscription')))(
    '%s: without a session, the socket is refused',
    async (_name, { field, rule }) => {
      expect(rule?.anonymous).toBe('UNAUTHENTICATED');
      const { query, variables } = document('Subscription', field);
      // graphql-ws closes a connection its onConnect refuses with 4403 Forbidden, before any operation.
      const anonymous = subscribe(url, query, variables, {});
      await within(anonymous.ended, 'the anonymous socket was not refused');
      expect((anonymous.failure() as { code?: number } | undefined)?.code).toBe(4403);
    },
  );

  it('Subscription.notificationAdded: every role may listen', async () => {
    const { field } = operations.find((operation) => operation.kind === 'Subscription' && operation.field.name === 'notificationAdded')!;
    const { query } = document('Subscription', field);
    for (const role of allowedRoles(ACCESS_MATRIX.Subscription.notificationAdded)) {
      const caller = callers.find((candidate) => candidate.role === role)!;
      const live = await subscribeWhenListening(
        app.topics,
        notificationTopic(caller.user.id),
        url,
        query,
        {},
        { token: caller.user.token },
      );
      await live.close();
    }
  });
});
