import { QueryCounter } from '../database/query-counter';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { webDocument } from '../../../test/support/web-documents';

/** The feed as the web client asks for it, with totalCountExact. */
const WEB_FEED = `query($filter: InitiativeFilter!, $sort: InitiativeSort!, $first: Int!, $after: String) {
  initiatives(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount totalCountExact pageInfo { endCursor hasNextPage }
    nodes { id title status orientation tags voteCount commentCount awaitingResponse createdAt author { id displayName }
            viewerHasVoted viewerIsFollowing followerCount }
  }
}`;
const TOTAL = 'query($filter: InitiativeFilter) { initiatives(filter: $filter, first: 1) { totalCount totalCountExact } }';
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
    [employee, customer, manager] = await Promise.all([app.user('EMPLOYEE'), app.user('CUSTOMER'), app.user('MANAGER')]);
    internal = await app.space('INTERNAL', 'OPEN');
    community = await app.space('COMMUNITY', 'OPEN');
  });
  afterAll(() => app.close());

  /** Exact counts straight from the rows, as the viewer may see them. */
  const countRows = async (where: string, params: unknown[]) =>
    Number((await app.db.query(`SELECT count(*) AS n FROM initiatives i WHERE ${where}`, params))[0].n);

  it('answers the web feed in two statements, the session included, for 5 and for 50 cards', async () => {
    for (let i = 0; i < 50; i += 1) await app.initiative(community.id, [employee, customer, manager][i % 3], { title: `Bulk idea ${i}` });
    const measure = async (first: number) => {
      let nodes = 0;
      const statements = await app.countStatements(async () => {
        nodes = (await app.ok(webDocument('InitiativeFeed'), { filter: { spaceId: community.id }, sort: 'NEWEST', first }, employee.token)).initiatives.nodes.length;
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
      const id = await app.initiative(community.id, customer);
      const move = 'mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }';
      await app.ok(move, { input: { initiativeId: id, status: 'UNDER_REVIEW', note: 'Looking at it' } }, manager.token);
      const people = [employee, customer, manager];
      for (let i = 0; i < comments; i += 1) {
        await app.ok('mutation($input: CommentInput!) { commentOnInitiative(input: $input) { id } }', { input: { initiativeId: id, body: `Comment ${i}` } }, people[i % 3].token);
      }
      let shown = 0;
      const statements = await app.countStatements(async () => {
        shown = (await app.ok(webDocument('InitiativePage'), { id }, employee.token)).initiative.comments.length;
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
    const propose = (spaceId: string, title: string, token: string, orientation = 'CUSTOMER') =>
      app.ok('mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { id } }', { input: { spaceId, title, body: 'Body text', orientation } }, token);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) ids.push((await propose(internal.id, `Internal idea ${i}`, employee.token, i % 2 ? 'EMPLOYEE' : 'CUSTOMER')).proposeInitiative.id);
    const move = (id: string, status: string, note?: string) =>
      app.ok('mutation($input: ChangeStatusInput!) { changeInitiativeStatus(input: $input) { id } }', { input: { initiativeId: id, status, note } }, manager.token);
    await move(ids[0], 'UNDER_REVIEW');
    await move(ids[1], 'DECLINED', 'Not for now');
    await app.ok('mutation($input: MergeInput!) { mergeInitiatives(input: $input) { id } }', { input: { sourceId: ids[2], targetId: ids[3], note: 'Same idea' } }, manager.token);
    await app.ok('mutation($id: ID!) { withdrawInitiative(id: $id) }', { id: ids[4] }, employee.token);

    const filters: [Record<string, unknown>, string, unknown[]][] = [
      [{ spaceId: internal.id }, 'i.space_id = $1', [internal.id]],
      [{ spaceId: internal.id, status: ['SUBMITTED'] }, `i.space_id = $1 AND i.status = 'SUBMITTED'`, [internal.id]],
      [{ spaceId: internal.id, status: ['MERGED', 'DECLINED'] }, `i.space_id = $1 AND i.status IN ('MERGED', 'DECLINED')`, [internal.id]],
      [{ spaceId: internal.id, orientation: 'EMPLOYEE' }, `i.space_id = $1 AND i.orientation = 'EMPLOYEE'`, [internal.id]],
      [{ spaceId: community.id }, 'i.space_id = $1', [community.id]],
    ];
    for (const [filter, where, params] of filters) {
      const { initiatives } = await app.ok(TOTAL, { filter }, manager.token);
      expect({ filter, total: initiatives.totalCount, exact: initiatives.totalCountExact }).toEqual({ filter, total: await countRows(where, params), exact: true });
    }
    // Without a space: every space the viewer sees, and only those.
    const all = await countRows('TRUE', []);
    expect((await app.ok(TOTAL, {}, manager.token)).initiatives.totalCount).toBe(all);
    expect((await app.ok(TOTAL, {}, customer.token)).initiatives.totalCount).toBe(await countRows('i.space_id = $1', [community.id]));
    expect((await app.ok(TOTAL, { filter: { spaceId: internal.id } }, customer.token)).initiatives.totalCount).toBe(0);
    // The counters equal a recount from the rows.
    const drift = await app.db.query(`SELECT * FROM (SELECT space_id, status, orientation, count(*)::int AS n FROM initiatives GROUP BY 1, 2, 3) r
      FULL JOIN space_initiative_counts c USING (space_id, status, orientation) WHERE coalesce(r.n, 0) <> coalesce(c.count, 0)`);
    expect(drift).toEqual([]);
  });

  it('says 10,000+ rather than counting past it, and counts exactly below', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    await app.db.query(
      `INSERT INTO initiatives (space_id, author_id, title, body, orientation, tags)
       SELECT $1, $2, 'Generated idea ' || n, 'Body', 'CUSTOMER', CASE WHEN n <= 10001 THEN ARRAY['many'] ELSE ARRAY['few'] END
         FROM generate_series(1, 10020) n`,
      [space.id, employee.id],
    );
    const total = async (filter: Record<string, unknown>) => (await app.ok(TOTAL, { filter: { spaceId: space.id, ...filter } }, employee.token)).initiatives;
    expect(await total({})).toEqual({ totalCount: 10020, totalCountExact: true }); // counters: exact at any size
    expect(await total({ tag: 'many' })).toEqual({ totalCount: 10000, totalCountExact: false });
    expect(await total({ tag: 'few' })).toEqual({ totalCount: 19, totalCountExact: true });
    await app.db.query('DELETE FROM initiatives WHERE space_id = $1', [space.id]);
  });

  it('counts a ranked search exactly, on its first page (in the ranking pass) and on the next ones', async () => {
    const space = await app.space('COMMUNITY', 'OPEN');
    for (let i = 0; i < 25; i += 1) await app.initiative(space.id, customer, { title: `Lantern number ${i} for the car park` });
    await app.initiative(space.id, customer, { title: 'Nothing to do with it' });
    const search = (after: string | null) =>
      app.ok(WEB_FEED, { filter: { spaceId: space.id, search: 'lanterns' }, sort: 'NEWEST', first: 10, after }, customer.token);
    const first = (await search(null)).initiatives;
    const second = (await search(first.pageInfo.endCursor)).initiatives;
    expect([first.totalCount, first.totalCountExact, first.nodes.length]).toEqual([25, true, 10]);
    expect([second.totalCount, second.totalCountExact, second.nodes.length]).toEqual([25, true, 10]);
  });

  it('reads every sort from an index in order, on the first page and deep in the list: no sort of the space', async () => {
    const space = await app.space('INTERNAL', 'OPEN');
    for (let i = 0; i < 30; i += 1) await app.initiative(space.id, employee, { title: `Ordered idea ${i}`, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) });
    for (const sort of SORTS) {
      const first = await app.ok(WEB_FEED, { filter: { spaceId: space.id }, sort, first: 20 }, employee.token);
      for (const after of [null, first.initiatives.pageInfo.endCursor]) {
        const statements: { text: string; parameters: readonly unknown[] }[] = [];
        QueryCounter.recorder = (text, parameters) => statements.push({ text, parameters: parameters ?? [] });
        await app.ok(WEB_FEED, { filter: { spaceId: space.id }, sort, first: 20, after }, employee.token);
        QueryCounter.recorder = null;
        const feed = statements.find((statement) => statement.text.includes('WITH total AS'));
        if (!feed) throw new Error('the feed statement was not recorded');
        // The test database is tiny, so the planner would rather scan and sort; forbid both, and only
        // an index that already gives the order can answer without a Sort node.
        const plan = await app.db.transaction(async (tx) => {
          await tx.query('SET LOCAL enable_seqscan = off');
          await tx.query('SET LOCAL enable_sort = off');
          const [row]: { 'QUERY PLAN': [{ Plan: PlanNode }] }[] = await tx.query(`EXPLAIN (FORMAT JSON) ${feed.text}`, [...feed.parameters]);
          return row['QUERY PLAN'][0].Plan;
        });
        const nodes = nodesOf(plan);
        const onInitiatives = nodes.filter((node) => node['Index Name']?.startsWith('ix_initiatives_space_'));
        expect({ sort, after: Boolean(after), sorts: nodes.filter((node) => node['Node Type'] === 'Sort').length }).toEqual({ sort, after: Boolean(after), sorts: 0 });
        expect({ sort, index: onInitiatives.length > 0 }).toEqual({ sort, index: true });
      }
    }
  });

  it('renders Markdown when it is written, and still renders a row written without it', async () => {
    const { proposeInitiative } = await app.ok(
      'mutation($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { id } }',
      { input: { spaceId: community.id, title: 'Markdown stored once', body: 'Some **bold** words', orientation: 'CUSTOMER' } },
      customer.token,
    );
    const [stored] = await app.db.query('SELECT body_html FROM initiatives WHERE id = $1', [proposeInitiative.id]);
    expect(stored.body_html).toBe('<p>Some <strong>bold</strong> words</p>\n');
    const raw = await app.initiative(community.id, customer, { title: 'Written by raw SQL' });
    await app.db.query(`UPDATE initiatives SET body = 'A *raw* body' WHERE id = $1`, [raw]);
    const page = await app.ok('query($id: ID!) { initiative(id: $id) { body bodyHtml } }', { id: raw }, customer.token);
    expect(page.initiative).toEqual({ body: 'A *raw* body', bodyHtml: '<p>A <em>raw</em> body</p>\n' });
    // A feed row carries no body; asking for it loads it, batched.
    const feed = await app.ok('query($filter: InitiativeFilter!) { initiatives(filter: $filter, first: 50) { nodes { id bodyHtml } } }', { filter: { spaceId: community.id } }, customer.token);
    expect(feed.initiatives.nodes.find((node: { id: string }) => node.id === proposeInitiative.id).bodyHtml).toBe('<p>Some <strong>bold</strong> words</p>\n');
  });
});
