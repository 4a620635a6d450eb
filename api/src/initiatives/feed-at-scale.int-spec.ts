import { graphql } from '../../../test/support/gql';
import type { InitiativeFilter, InitiativeStatus, Orientation } from '../../../test/support/gql/graphql';
import { ChangeInitiativeStatus, PostComment, Propose, WithdrawInitiative } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { webDocument } from '../../../test/support/web-documents';
import { QueryCounter } from '../database/query-counter';

/** The feed as the web client asks for it, with totalCountExact. */
const WebLikeFeed = graphql(`
  query WebLikeFeed($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {
    initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        status
        orientation
        tags
        voteCount
        commentCount
        awaitingResponse
        createdAt
        author {
          id
          displayName
        }
        viewerHasVoted
        viewerIsFollowing
        followerCount
      }
    }
  }
`);

const FeedTotals = graphql(`
  query FeedTotals($filter: InitiativeFilter) {
    initiatives(filter: $filter, first: 1) {
      totalCount
      totalCountExact
    }
  }
`);

const MergeForTotals = graphql(`
  mutation MergeForTotals($input: MergeInput!) {
    mergeInitiatives(input: $input) {
      id
    }
  }
`);

const StoredBody = graphql(`
  query StoredBody($id: ID!) {
    initiative(id: $id) {
      body
      bodyHtml
    }
  }
`);

const FeedBodies = graphql(`
  query FeedBodies($filter: InitiativeFilter!) {
    initiatives(filter: $filter, first: 50) {
      nodes {
        id
        bodyHtml
      }
    }
  }
`);

const SORTS = ['NEWEST', 'MOST_VOTED', 'TRENDING', 'RECENT_ACTIVITY', 'OLDEST'] as const;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodesOf = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];

describe('the feed at scale', () => {
  let app: TestApp;
  let employee: TestUser;
  let customer: TestUser;
  let manager: TestUser;
  let internal: { id: string };
  let community: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [employee, customer, manager] = await Promise.all([
      app.make.user(),
      app.make.user({ role: 'CUSTOMER' }),
      app.make.user({ role: 'MANAGER' }),
    ]);
    internal = await app.make.space({ kind: 'INTERNAL' });
    community = await app.make.space();
  });
  afterAll(() => app.close());

  /** Exact counts straight from the rows, as the viewer may see them. */
  const countRows = async (where: string, params: unknown[]) =>
    Number((await app.db.query<{ n: string }[]>(`SELECT count(*) AS n FROM initiatives i WHERE ${where}`, params))[0].n);
  const totals = async (viewer: TestUser, filter?: InitiativeFilter) => (await app.as(viewer).send(FeedTotals, { filter })).initiatives;

  it('answers the web feed in two statements, the session included, for 5 and for 50 cards', async () => {
    for (let i = 0; i < 50; i += 1)
      await app.make.initiative({ space: community, author: [employee, customer, manager][i % 3], title: `Bulk idea ${i}` });
    const measure = async (first: number) => {
      let nodes = 0;
      const statements = await app.countStatements(async () => {
        const feed = await app.as(employee).send(webDocument<{ initiatives: { nodes: unknown[] } }>('InitiativeFeed'), {
          filter: { spaceId: community.id },
          sort: 'NEWEST',
          first,
        });
        nodes = feed.initiatives.nodes.length;
      });
      return { nodes, statements };
    };
    const five = await measure(5);
    const fifty = await measure(50);
    expect([five.nodes, fifty.nodes]).toEqual([5, 50]);
    expect(five.statements).toBe(2);
    expect(fifty.statements).toBe(2);
  });

  it('answers the web initiative page in five statements whatever the number of comments', async () => {
    const measure = async (comments: number) => {
      const { id } = await app.make.initiative({ space: community, author: customer });
      await app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Looking at it' } });
      const people = [employee, customer, manager];
      for (let i = 0; i < comments; i += 1)
        await app.as(people[i % 3]).send(PostComment, { input: { initiativeId: id, body: `Comment ${i}` } });
      let shown = 0;
      const statements = await app.countStatements(async () => {
        shown = (await app.as(employee).send(webDocument<{ initiative: { comments: unknown[] } }>('InitiativePage'), { id })).initiative
          .comments.length;
      });
      return { shown, statements };
    };
    const few = await measure(2);
    const many = await measure(30);
    expect([few.shown, many.shown]).toEqual([2, 30]);
    // session, the initiative with its space, author and the viewer's marks, its history with the
    // managers, its comments with their authors, its awards
    expect(few.statements).toBe(5);
    expect(many.statements).toBe(5);
  });

  it('keeps totals from the counters exact through proposals, answers, merges, withdrawals and visibility', async () => {
    const propose = async (title: string, orientation: Orientation) =>
      (await app.as(employee).send(Propose, { input: { spaceId: internal.id, title, body: 'Body text', orientation } })).proposeInitiative
        .id;
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) ids.push(await propose(`Internal idea ${i}`, i % 2 ? 'EMPLOYEE' : 'CUSTOMER'));
    const move = (initiativeId: string, status: InitiativeStatus, note?: string) =>
      app.as(manager).send(ChangeInitiativeStatus, { input: { initiativeId, status, note } });
    await move(ids[0], 'UNDER_REVIEW');
    await move(ids[1], 'DECLINED', 'Not for now');
    await app.as(manager).send(MergeForTotals, { input: { sourceId: ids[2], targetId: ids[3], note: 'Same idea' } });
    await app.as(employee).send(WithdrawInitiative, { id: ids[4] });

    const filters: [InitiativeFilter, string, unknown[]][] = [
      [{ spaceId: internal.id }, 'i.space_id = $1', [internal.id]],
      [{ spaceId: internal.id, status: ['SUBMITTED'] }, `i.space_id = $1 AND i.status = 'SUBMITTED'`, [internal.id]],
      [{ spaceId: internal.id, status: ['MERGED', 'DECLINED'] }, `i.space_id = $1 AND i.status IN ('MERGED', 'DECLINED')`, [internal.id]],
      [{ spaceId: internal.id, orientation: 'EMPLOYEE' }, `i.space_id = $1 AND i.orientation = 'EMPLOYEE'`, [internal.id]],
      [{ spaceId: community.id }, 'i.space_id = $1', [community.id]],
    ];
    for (const [filter, where, params] of filters) {
      const initiatives = await totals(manager, filter);
      expect({ filter, total: initiatives.totalCount, exact: initiatives.totalCountExact }).toEqual({
        filter,
        total: await countRows(where, params),
        exact: true,
      });
    }
    // Without a space: every space the viewer sees, and only those.
    const all = await countRows('TRUE', []);
    expect((await totals(manager)).totalCount).toBe(all);
    expect((await totals(customer)).totalCount).toBe(await countRows('i.space_id = $1', [community.id]));
    expect((await totals(customer, { spaceId: internal.id })).totalCount).toBe(0);
    // The counters equal a recount from the rows.
    const drift = await app.db
      .query(`SELECT * FROM (SELECT space_id, status, orientation, count(*)::int AS n FROM initiatives GROUP BY 1, 2, 3) r
      FULL JOIN space_initiative_counts c USING (space_id, status, orientation) WHERE coalesce(r.n, 0) <> coalesce(c.count, 0)`);
    expect(drift).toEqual([]);
  });

  it('says 10,000+ rather than counting past it, and counts exactly below', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    // One statement for 10,020 rows: a factory call per row would take minutes.
    await app.db.query(
      `INSERT INTO initiatives (space_id, author_id, title, body, orientation, tags)
       SELECT $1, $2, 'Generated idea ' || n, 'Body', 'CUSTOMER', CASE WHEN n <= 10001 THEN ARRAY['many'] ELSE ARRAY['few'] END
         FROM generate_series(1, 10020) n`,
      [space.id, employee.id],
    );
    const total = (filter: InitiativeFilter) => totals(employee, { spaceId: space.id, ...filter });
    expect(await total({})).toEqual({ totalCount: 10020, totalCountExact: true }); // counters: exact at any size
    expect(await total({ tag: 'many' })).toEqual({ totalCount: 10000, totalCountExact: false });
    expect(await total({ tag: 'few' })).toEqual({ totalCount: 19, totalCountExact: true });
    await app.db.query('DELETE FROM initiatives WHERE space_id = $1', [space.id]);
  });

  it('counts a ranked search exactly, on its first page (in the ranking pass) and on the next ones', async () => {
    const space = await app.make.space();
    for (let i = 0; i < 25; i += 1) await app.make.initiative({ space, author: customer, title: `Lantern number ${i} for the car park` });
    await app.make.initiative({ space, author: customer, title: 'Nothing to do with it' });
    const search = (after: string | null) =>
      app.as(customer).send(WebLikeFeed, { filter: { spaceId: space.id, search: 'lanterns' }, sort: 'NEWEST', first: 10, after });
    const first = (await search(null)).initiatives;
    const second = (await search(first.pageInfo.endCursor)).initiatives;
    expect([first.totalCount, first.totalCountExact, first.nodes.length]).toEqual([25, true, 10]);
    expect([second.totalCount, second.totalCountExact, second.nodes.length]).toEqual([25, true, 10]);
  });

  it('reads every sort from an index in order, on the first page and deep in the list: no sort of the space', async () => {
    const space = await app.make.space({ kind: 'INTERNAL' });
    for (let i = 0; i < 30; i += 1)
      await app.make.initiative({ space, author: employee, title: `Ordered idea ${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    for (const sort of SORTS) {
      const first = await app.as(employee).send(WebLikeFeed, { filter: { spaceId: space.id }, sort, first: 20 });
      for (const after of [null, first.initiatives.pageInfo.endCursor]) {
        const statements: { text: string; parameters: readonly unknown[] }[] = [];
        QueryCounter.recorder = (text, parameters) => statements.push({ text, parameters: parameters ?? [] });
        await app.as(employee).send(WebLikeFeed, { filter: { spaceId: space.id }, sort, first: 20, after });
        QueryCounter.recorder = null;
        const feed = statements.find((statement) => statement.text.includes('WITH total AS'));
        if (!feed) throw new Error('the feed statement was not recorded');
        // The test database is tiny, so the planner would rather scan and sort; forbid both, and only
        // an index that already gives the order can answer without a Sort node.
        const plan = await app.db.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          await tx.query('SET LOCAL enable_sort = off');
          const [row]: { 'QUERY PLAN': [{ Plan: PlanNode }] }[] = await tx.query(`EXPLAIN (FORMAT JSON) ${feed.text}`, [
            ...feed.parameters,
          ]);
          return row['QUERY PLAN'][0].Plan;
        });
        const nodes = nodesOf(plan);
        const onInitiatives = nodes.filter((node) => node['Index Name']?.startsWith('ix_initiatives_space_'));
        expect({ sort, after: Boolean(after), sorts: nodes.filter((node) => node['Node Type'] === 'Sort').length }).toEqual({
          sort,
          after: Boolean(after),
          sorts: 0,
        });
        expect({ sort, index: onInitiatives.length > 0 }).toEqual({ sort, index: true });
      }
    }
  });

  it('renders Markdown when it is written, and still renders a row written without it', async () => {
    const { proposeInitiative } = await app.as(customer).send(Propose, {
      input: { spaceId: community.id, title: 'Markdown stored once', body: 'Some **bold** words', orientation: 'CUSTOMER' },
    });
    const [stored] = await app.db.query<{ body_html: string }[]>('SELECT body_html FROM initiatives WHERE id = $1', [proposeInitiative.id]);
    expect(stored.body_html).toBe('<p>Some <strong>bold</strong> words</p>\n');
    // Written without the API (the factory, as raw SQL would), so no rendering was stored.
    const raw = await app.make.initiative({ space: community, author: customer, title: 'Written by raw SQL', body: 'A *raw* body' });
    expect((await app.as(customer).send(StoredBody, { id: raw.id })).initiative).toEqual({
      body: 'A *raw* body',
      bodyHtml: '<p>A <em>raw</em> body</p>\n',
    });
    // A feed row carries no body; asking for it loads it, batched.
    const feed = await app.as(customer).send(FeedBodies, { filter: { spaceId: community.id } });
    expect(feed.initiatives.nodes.find((node) => node.id === proposeInitiative.id)?.bodyHtml).toBe(
      '<p>Some <strong>bold</strong> words</p>\n',
    );
  });
});
