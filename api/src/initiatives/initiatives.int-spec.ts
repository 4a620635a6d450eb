import { graphql } from '../../../test/support/gql';
import type { ProposeInitiativeInput } from '../../../test/support/gql/graphql';
import { allPages, idsOfPages } from '../../../test/support/paging';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const ProposeInitiative = graphql(`
  mutation ProposeInitiative($input: ProposeInitiativeInput!) {
    proposeInitiative(input: $input) {
      id
      title
      body
      orientation
      tags
      status
      voteCount
      commentCount
      followerCount
      awaitingResponse
      author {
        id
      }
      space {
        id
      }
      createdAt
      updatedAt
    }
  }
`);

const InitiativeTitle = graphql(`
  query InitiativeTitle($id: ID!) {
    initiative(id: $id) {
      id
      title
    }
  }
`);

const InitiativeAwaitingResponse = graphql(`
  query InitiativeAwaitingResponse($id: ID!) {
    initiative(id: $id) {
      awaitingResponse
    }
  }
`);

const InitiativeFeed = graphql(`
  query InitiativeFeed($filter: InitiativeFilter, $first: Int, $after: String) {
    initiatives(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        tags
        status
        awaitingResponse
        author {
          id
          displayName
        }
        space {
          id
          name
        }
        statusHistory {
          to
          note
          by {
            displayName
          }
        }
      }
    }
  }
`);

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 24 * 3600 * 1000;

describe('initiatives', () => {
  let app: TestApp;
  let employee: TestUser;
  let customer: TestUser;
  let space: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    employee = await app.make.user({ role: 'EMPLOYEE' });
    customer = await app.make.user({ role: 'CUSTOMER' });
    space = await app.make.space();
  });
  afterAll(() => app.close());

  const proposal = (overrides: Partial<ProposeInitiativeInput> = {}): ProposeInitiativeInput => ({
    spaceId: space.id,
    title: 'Shorter checkout queues on Saturdays',
    body: 'Open two more tills between 11 and 13.',
    orientation: 'CUSTOMER',
    tags: ['Checkout', 'saturday ', 'checkout'],
    ...overrides,
  });
  const countInitiatives = async () => (await app.db.query<{ count: number }[]>('SELECT count(*)::int AS count FROM initiatives'))[0].count;
  const awaitingResponse = async (id: string) =>
    (await app.as(employee).send(InitiativeAwaitingResponse, { id })).initiative?.awaitingResponse;

  describe('proposeInitiative', () => {
    it('creates a SUBMITTED initiative by the viewer, with trimmed text and normalised tags', async () => {
      const { proposeInitiative } = await app
        .as(customer)
        .send(ProposeInitiative, { input: proposal({ title: '  Shorter checkout queues on Saturdays  ' }) });
      expect(proposeInitiative).toMatchObject({
        title: 'Shorter checkout queues on Saturdays',
        orientation: 'CUSTOMER',
        tags: ['checkout', 'saturday'],
        status: 'SUBMITTED',
        voteCount: 0,
        commentCount: 0,
        awaitingResponse: false,
        author: { id: customer.id },
        space: { id: space.id },
      });
      const fetched = await app.as(employee).send(InitiativeTitle, { id: proposeInitiative.id });
      expect(fetched.initiative?.title).toBe('Shorter checkout queues on Saturdays');
    });

    it.each<[string, Partial<ProposeInitiativeInput>]>([
      ['title', { title: 'Tiny' }],
      ['title', { title: '    Tiny     ' }],
      ['title', { title: 'x'.repeat(141) }],
      ['body', { body: '' }],
      ['body', { body: 'x'.repeat(20001) }],
      ['tags', { tags: ['a', 'b', 'c', 'd', 'e', 'f'] }],
      ['tags', { tags: ['two words'] }],
      ['spaceId', { spaceId: 'not-an-id' }],
    ])('refuses a bad %s with BAD_USER_INPUT naming the field, and stores nothing', async (field, overrides) => {
      const before = await countInitiatives();
      const result = await app.as(customer).run(ProposeInitiative, { input: proposal(overrides) });
      expect(result).toHaveErrorCode('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions?.fields ?? {})).toContain(field);
      expect(await countInitiatives()).toBe(before);
    });

    it('refuses an orientation outside the enum', async () => {
      const result = await app
        .as(customer)
        .runWithUntypedVariables(ProposeInitiative, { input: { ...proposal(), orientation: 'EVERYONE' } });
      expect(result).toHaveErrorCode('BAD_USER_INPUT');
    });

    it('accepts exactly 5 tags and titles of exactly 5 and 140 characters', async () => {
      expect(
        (await app.as(customer).send(ProposeInitiative, { input: proposal({ title: 'Five!', tags: ['a', 'b', 'c', 'd', 'e'] }) }))
          .proposeInitiative.tags,
      ).toHaveLength(5);
      expect(
        (await app.as(customer).send(ProposeInitiative, { input: proposal({ title: 'x'.repeat(140) }) })).proposeInitiative.title,
      ).toHaveLength(140);
    });

    it('is NOT_FOUND for a space that does not exist', async () => {
      await expect(app.as(customer).send(ProposeInitiative, { input: proposal({ spaceId: UNKNOWN_ID }) })).rejects.toHaveErrorCode(
        'NOT_FOUND',
      );
    });
  });

  describe('initiative(id)', () => {
    it('is NOT_FOUND for unknown and malformed ids', async () => {
      await expect(app.as(customer).send(InitiativeTitle, { id: UNKNOWN_ID })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(customer).send(InitiativeTitle, { id: "1' OR '1'='1" })).rejects.toHaveErrorCode('NOT_FOUND');
    });

    it('is awaiting a response once the space deadline has passed with no answer', async () => {
      const quick = await app.make.space({ responseSlaDays: 2 });
      const fresh = await app.make.initiative({ space: quick, author: employee });
      const late = await app.make.initiative({ space: quick, author: employee, createdAt: new Date(Date.now() - 3 * DAY_MS) });
      expect(await awaitingResponse(fresh.id)).toBe(false);
      expect(await awaitingResponse(late.id)).toBe(true);
      await app.db.query(`UPDATE initiatives SET status = 'UNDER_REVIEW' WHERE id = $1`, [late.id]);
      expect(await awaitingResponse(late.id)).toBe(false);
    });
  });

  describe('initiatives feed', () => {
    let feedSpace: { id: string };
    const ids: string[] = [];

    beforeAll(async () => {
      feedSpace = await app.make.space({ kind: 'INTERNAL' });
      const base = Date.now() - 1000 * 60 * 60;
      // 12 initiatives, with three sharing one timestamp: ties must not break the cursor.
      for (let i = 0; i < 12; i += 1) {
        const createdAt = new Date(base + (i < 3 ? 0 : i) * 1000);
        const made = await app.make.initiative({
          space: feedSpace,
          author: i % 2 ? employee : customer,
          title: `Feed idea ${i}`,
          createdAt,
          tags: i % 3 ? [] : ['loyalty'],
        });
        ids.push(made.id);
      }
    });

    it('pages newest first without duplicates or gaps, ties included', async () => {
      const pages = await allPages(
        async (after) => (await app.as(employee).send(InitiativeFeed, { filter: { spaceId: feedSpace.id }, first: 5, after })).initiatives,
      );
      expect(pages.map((page) => page.totalCount)).toEqual([12, 12, 12]);
      const seen = idsOfPages(pages);
      expect(seen).toHaveLength(12);
      expect(new Set(seen)).toEqual(new Set(ids));
      // newest first: the last created comes first
      expect(seen[0]).toBe(ids[11]);
    });

    it('filters by status, orientation, tag and author', async () => {
      const asEmployee = app.as(employee);
      const byTag = await asEmployee.send(InitiativeFeed, { filter: { spaceId: feedSpace.id, tag: 'LOYALTY' } });
      expect(byTag.initiatives.totalCount).toBe(4);
      const byAuthor = await asEmployee.send(InitiativeFeed, { filter: { spaceId: feedSpace.id, authorId: employee.id } });
      expect(byAuthor.initiatives.totalCount).toBe(6);
      expect(byAuthor.initiatives.nodes.every((node) => node.author.id === employee.id)).toBe(true);
      await app.db.query(`UPDATE initiatives SET status = 'DECLINED' WHERE id = $1`, [ids[0]]);
      const declined = await asEmployee.send(InitiativeFeed, { filter: { spaceId: feedSpace.id, status: ['DECLINED', 'IMPLEMENTED'] } });
      expect(declined.initiatives.nodes.map((node) => node.id)).toEqual([ids[0]]);
      const forColleagues = await asEmployee.send(InitiativeFeed, { filter: { spaceId: feedSpace.id, orientation: 'EMPLOYEE' } });
      expect(forColleagues.initiatives.totalCount).toBe(0);
    });

    it('caps first at 100 and refuses negative sizes and foreign cursors', async () => {
      const asEmployee = app.as(employee);
      await expect(asEmployee.send(InitiativeFeed, { first: 101 })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(asEmployee.send(InitiativeFeed, { first: -1 })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(asEmployee.send(InitiativeFeed, { after: 'bm90LWEtY3Vyc29y' })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(asEmployee.send(InitiativeFeed, { filter: { spaceId: 'nope' } })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    });

    it('runs the same number of SQL statements for 5 and for 50 initiatives', async () => {
      const big = await app.make.space();
      const authors = await Promise.all([
        app.make.user({ role: 'EMPLOYEE' }),
        app.make.user({ role: 'CUSTOMER' }),
        app.make.user({ role: 'MANAGER' }),
      ]);
      for (let i = 0; i < 50; i += 1) await app.make.initiative({ space: big, author: authors[i % 3], title: `Bulk idea ${i}` });
      const count = async (first: number) => {
        let nodes = 0;
        const statements = await app.countStatements(async () => {
          nodes = (await app.as(employee).send(InitiativeFeed, { filter: { spaceId: big.id }, first })).initiatives.nodes.length;
        });
        return { nodes, statements };
      };
      const five = await count(5);
      const fifty = await count(50);
      expect(five.nodes).toBe(5);
      expect(fifty.nodes).toBe(50);
      expect(fifty.statements).toBe(five.statements);
      expect(five.statements).toBeLessThanOrEqual(4); // session, rows with their total, space and author, history, its people
    });
  });
});
