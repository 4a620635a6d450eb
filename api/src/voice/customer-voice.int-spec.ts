import { graphql } from '../../../test/support/gql';
import { TestApp, type TestUser } from '../../../test/support/test-app';
import { webDocument } from '../../../test/support/web-documents';

const CustomerVoice = graphql(`
  query CustomerVoiceReport($spaceId: ID, $from: DateTime, $to: DateTime) {
    customerVoice(spaceId: $spaceId, from: $from, to: $to) {
      from
      to
      space {
        id
      }
      counts {
        proposed
        answered
        implemented
        votes
        comments
      }
      newCustomerInitiatives {
        title
      }
      newCustomerInitiativeCount
      mostSupported {
        title
      }
      mostSupportedWithVotes {
        initiative {
          title
        }
        votes
      }
      overdue {
        title
        awaitingResponse
      }
      overdueCount
      needingReview {
        title
      }
      implemented {
        title
        implementedAt
        followUpNote
      }
      customerQuotes {
        body
        author {
          displayName
        }
        initiative {
          title
        }
      }
    }
  }
`);

const YouSaidWeDid = graphql(`
  query YouSaidWeDidPage($spaceId: ID!, $first: Int, $after: String) {
    youSaidWeDid(spaceId: $spaceId, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        title
        status
        implementedAt
        followUpNote
        voteCount
      }
    }
  }
`);

const DAY = 24 * 3600 * 1000;

/**
 * A small world with known dates around the period [now − 10 days, now − 3 days), every figure
 * computed by hand in the comments.
 */
describe('customerVoice (DESIGN §11), checked against a hand-computed world', () => {
  let app: TestApp;
  let manager: TestUser;
  let admin: TestUser;
  let employee: TestUser;
  let ann: TestUser; // customer
  let bob: TestUser; // customer
  let community: { id: string };
  let internal: { id: string };
  let now: number;
  const ids: Record<string, string> = {};
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);

  beforeAll(async () => {
    app = await TestApp.start();
    now = Date.now();
    [manager, admin, employee] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'ADMIN' }),
      app.make.user({ role: 'EMPLOYEE' }),
    ]);
    ann = await app.make.user({ role: 'CUSTOMER', displayName: 'Ann Customer' });
    bob = await app.make.user({ role: 'CUSTOMER', displayName: 'Bob Customer' });
    community = await app.make.space({ kind: 'COMMUNITY', responseSlaDays: 14 });
    internal = await app.make.space({ kind: 'INTERNAL', responseSlaDays: 2 });

    const idea = async (
      key: string,
      space: { id: string },
      author: TestUser,
      daysAgo: number,
      fields: { status?: 'SUBMITTED' | 'UNDER_REVIEW' | 'IN_PROGRESS' | 'IMPLEMENTED'; orientation?: 'CUSTOMER' | 'EMPLOYEE' } = {},
    ) => {
      ids[key] = (await app.make.initiative({ space, author, title: `Idea ${key}`, createdAt: at(daysAgo), ...fields })).id;
    };
    await idea('A', community, ann, 6, { orientation: 'EMPLOYEE' }); // in the period; customer by its space
    await idea('B', internal, employee, 8, { orientation: 'CUSTOMER', status: 'UNDER_REVIEW' }); // in; customer by orientation
    await idea('D', internal, employee, 9, { orientation: 'EMPLOYEE' }); // in; not for customers; overdue (due 7 days ago)
    await idea('E', internal, employee, 30, { orientation: 'EMPLOYEE' }); // before; overdue (due 28 days ago)
    await idea('F', community, bob, 40, { status: 'IMPLEMENTED' }); // implemented in the period
    await idea('G', community, ann, 60, { status: 'IMPLEMENTED' }); // implemented before the period
    await idea('H', community, ann, 50, { status: 'IMPLEMENTED' }); // implemented after the period
    await idea('K', community, bob, 45, { status: 'IN_PROGRESS' }); // needs review, average 2
    await idea('L', community, bob, 45, { status: 'IN_PROGRESS' }); // needs review, average 2.5
    await idea('M', community, ann, 7.5); // proposed in the period, then merged into A (below)
    await idea('N', community, bob, 1); // after the period

    const sql = (text: string, params: unknown[]) => app.db.query(text, params);
    await sql(`UPDATE initiatives SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [ids.M, ids.A]);
    await sql('UPDATE initiatives SET first_response_at = $2 WHERE id = $1', [ids.B, at(7)]); // answered in the period
    await sql('UPDATE initiatives SET first_response_at = $2 WHERE id = $1', [ids.K, at(9.5)]); // answered in the period
    await sql('UPDATE initiatives SET first_response_at = $2 WHERE id = $1', [ids.F, at(35)]); // answered long before
    const implemented = (key: string, daysAgo: number, note: string) =>
      sql(
        `INSERT INTO status_changes (initiative_id, from_status, to_status, note, by_id, at) VALUES ($1, 'IN_PROGRESS', 'IMPLEMENTED', $2, $3, $4)`,
        [ids[key], note, manager.id, at(daysAgo)],
      );
    await implemented('F', 4, 'Shipped: the Saturday tills open at eleven.');
    await implemented('G', 20, 'Done long ago.');
    await implemented('H', 1, 'Done yesterday.');

    const vote = (key: string, user: TestUser, daysAgo: number) =>
      sql('INSERT INTO votes (initiative_id, user_id, created_at) VALUES ($1, $2, $3)', [ids[key], user.id, at(daysAgo)]);
    await vote('A', bob, 5); // A: 3 in the period
    await vote('A', employee, 5);
    await vote('A', admin, 5);
    await vote('A', manager, 20); // before
    await vote('B', manager, 8); // B: 2 in the period
    await vote('B', admin, 8);
    await vote('F', employee, 4); // F: 1 in the period, 2 after
    await vote('F', ann, 1);
    await vote('F', manager, 1);

    const comment = async (
      key: string,
      author: TestUser,
      daysAgo: number,
      body: string,
      extra: { hidden?: boolean; deleted?: boolean; parent?: string } = {},
    ) => {
      const { id } = await app.make.comment({
        initiative: { id: ids[key] },
        author,
        body,
        hidden: extra.hidden,
        parent: extra.parent ? { id: extra.parent } : undefined,
      });
      await sql(`UPDATE comments SET created_at = $2, deleted_at = CASE WHEN $3 THEN now() END WHERE id = $1`, [
        id,
        at(daysAgo),
        Boolean(extra.deleted),
      ]);
      return id;
    };
    const q1 = await comment('A', ann, 5, 'We need this on Saturdays.'); // quote
    await comment('F', bob, 4, 'Finally, thank you!'); // quote
    await comment('A', bob, 4.2, 'Something rude.', { hidden: true }); // hidden: neither counted nor quoted
    await comment('A', ann, 20, 'An old remark.'); // before
    await comment('A', employee, 5, 'The store team agrees.'); // counted, not a customer
    await comment('A', ann, 6, 'Deleted words.', { deleted: true }); // deleted
    await comment('A', bob, 4.5, 'Me too, every week.', { parent: q1 }); // a reply: a quote too
    await sql('SELECT recount_initiatives(NULL)', []);
    await sql('UPDATE initiatives SET needs_review = true, rating_sum = 50, rating_count = 25 WHERE id = $1', [ids.K]);
    await sql('UPDATE initiatives SET needs_review = true, rating_sum = 75, rating_count = 30 WHERE id = $1', [ids.L]);
  });
  afterAll(() => app.close());

  const period = () => ({ from: at(10).toISOString(), to: at(3).toISOString() });
  const titles = (list: { title: string }[]) => list.map((initiative) => initiative.title);

  it('computes every figure and list over every space', async () => {
    const { customerVoice: voice } = await app.as(manager).send(CustomerVoice, period());
    expect(voice.from).toBe(period().from);
    expect(voice.to).toBe(period().to);
    expect(voice.space).toBeNull();
    // proposed: A, B, D, M; answered: B, K; implemented: F; votes: A×3, B×2, F×1; comments: Ann's and Bob's quotes, the reply, the employee's
    expect(voice.counts).toEqual({ proposed: 4, answered: 2, implemented: 1, votes: 6, comments: 4 });
    expect(titles(voice.newCustomerInitiatives)).toEqual(['Idea A', 'Idea B']); // newest first; D is not for customers, M was merged
    expect(voice.newCustomerInitiativeCount).toBe(2);
    expect(titles(voice.mostSupported)).toEqual(['Idea A', 'Idea B', 'Idea F']);
    expect(voice.mostSupportedWithVotes.map((entry) => [entry.initiative.title, entry.votes])).toEqual([
      ['Idea A', 3],
      ['Idea B', 2],
      ['Idea F', 1],
    ]);
    expect(voice.overdue).toEqual([
      { title: 'Idea E', awaitingResponse: true }, // 28 days late
      { title: 'Idea D', awaitingResponse: true }, // 7 days late
    ]);
    expect(voice.overdueCount).toBe(2);
    expect(titles(voice.needingReview)).toEqual(['Idea K', 'Idea L']); // lowest average first
    expect(voice.implemented).toEqual([
      { title: 'Idea F', implementedAt: at(4).toISOString(), followUpNote: 'Shipped: the Saturday tills open at eleven.' },
    ]);
    expect(voice.customerQuotes).toEqual([
      { body: 'Finally, thank you!', author: { displayName: 'Bob Customer' }, initiative: { title: 'Idea F' } },
      { body: 'Me too, every week.', author: { displayName: 'Bob Customer' }, initiative: { title: 'Idea A' } },
      { body: 'We need this on Saturdays.', author: { displayName: 'Ann Customer' }, initiative: { title: 'Idea A' } },
    ]);
  });

  it('narrows to one space', async () => {
    const { customerVoice: voice } = await app.as(admin).send(CustomerVoice, { ...period(), spaceId: internal.id });
    expect(voice.space).toEqual({ id: internal.id });
    expect(voice.counts).toEqual({ proposed: 2, answered: 1, implemented: 0, votes: 2, comments: 0 }); // B and D; B answered; B's votes
    expect(titles(voice.newCustomerInitiatives)).toEqual(['Idea B']);
    expect(titles(voice.mostSupported)).toEqual(['Idea B']);
    expect(titles(voice.overdue)).toEqual(['Idea E', 'Idea D']);
    expect(voice.needingReview).toEqual([]);
    expect(voice.implemented).toEqual([]);
    expect(voice.customerQuotes).toEqual([]);
  });

  it('covers the last 7 days by default', async () => {
    const before = Date.now();
    const { customerVoice: voice } = await app.as(manager).send(CustomerVoice);
    const to = Date.parse(voice.to);
    expect(to).toBeGreaterThanOrEqual(before);
    expect(to - Date.parse(voice.from)).toBe(7 * DAY);
    // proposed: A (6 days ago), N (1 day ago); votes: A×3 (5 days), F×3 (4 days and 1 day); implemented: F (4 days), H (1 day)
    expect(voice.counts).toMatchObject({ proposed: 2, votes: 6, implemented: 2 });
    expect(titles(voice.implemented)).toEqual(['Idea H', 'Idea F']);
  });

  it('is for managers and admins only', async () => {
    await expect(app.as().send(CustomerVoice)).rejects.toHaveErrorCode('UNAUTHENTICATED');
    await expect(app.as(employee).send(CustomerVoice)).rejects.toHaveErrorCode('FORBIDDEN');
    await expect(app.as(ann).send(CustomerVoice)).rejects.toHaveErrorCode('FORBIDDEN');
  });

  it('refuses bad periods and unknown spaces', async () => {
    const refused = async (
      variables: { from?: string; to?: string; spaceId?: string },
      code: 'BAD_USER_INPUT' | 'NOT_FOUND',
      field?: string,
    ) => {
      const answer = await app.as(manager).run(CustomerVoice, variables);
      expect(answer).toHaveErrorCode(code);
      if (field) expect(answer.errors?.[0].extensions?.fields).toHaveProperty(field);
    };
    await refused({ from: at(1).toISOString(), to: at(2).toISOString() }, 'BAD_USER_INPUT', 'to');
    await refused({ from: at(367).toISOString(), to: at(0).toISOString() }, 'BAD_USER_INPUT', 'from');
    await refused({ spaceId: 'nope' }, 'BAD_USER_INPUT', 'spaceId');
    await refused({ spaceId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND');
    const { customerVoice: year } = await app.as(manager).send(CustomerVoice, { from: at(366).toISOString(), to: at(0).toISOString() });
    expect(year.counts.proposed).toBe(11); // every idea
  });

  it('runs as many statements for a big world as for a small one', async () => {
    // The report as tests ask for it, and exactly as the presentation does (quotes' initiatives, spaces, authors included).
    const count = async () => [
      await app.countStatements(() => app.as(manager).send(CustomerVoice, period())),
      await app.countStatements(() => app.as(manager).send(webDocument('CustomerVoice'), period())),
    ];
    const small = await count();
    for (let n = 0; n < 12; n++) {
      const author = n % 2 ? ann : bob;
      const { id } = await app.make.initiative({ space: community, author, title: `More ${n}`, createdAt: at(5) });
      await app.db.query('INSERT INTO votes (initiative_id, user_id, created_at) VALUES ($1, $2, $3)', [id, employee.id, at(5)]);
      await app.make.comment({ initiative: { id }, author, body: `Quote ${n}` });
      await app.db.query('UPDATE comments SET created_at = $2 WHERE initiative_id = $1', [id, at(5)]);
    }
    const { customerVoice: big } = await app.as(manager).send(CustomerVoice, period());
    expect(big.newCustomerInitiatives).toHaveLength(10); // capped
    expect(big.newCustomerInitiativeCount).toBe(14);
    expect(big.customerQuotes).toHaveLength(10);
    expect(await count()).toEqual(small);
  });

  describe('youSaidWeDid', () => {
    it('lists implemented ideas, most recently implemented first, page by page', async () => {
      const first = (await app.as(ann).send(YouSaidWeDid, { spaceId: community.id, first: 2 })).youSaidWeDid;
      expect(first.totalCount).toBe(3);
      expect(first.nodes).toEqual([
        { title: 'Idea H', status: 'IMPLEMENTED', implementedAt: at(1).toISOString(), followUpNote: 'Done yesterday.', voteCount: 0 },
        {
          title: 'Idea F',
          status: 'IMPLEMENTED',
          implementedAt: at(4).toISOString(),
          followUpNote: 'Shipped: the Saturday tills open at eleven.',
          voteCount: 3,
        },
      ]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await app.as(ann).send(YouSaidWeDid, { spaceId: community.id, first: 2, after: first.pageInfo.endCursor }))
        .youSaidWeDid;
      expect(titles(second.nodes)).toEqual(['Idea G']);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(second.totalCount).toBe(3);
    });

    it('is empty for a space with nothing implemented', async () => {
      const { youSaidWeDid } = await app.as(employee).send(YouSaidWeDid, { spaceId: internal.id });
      expect(youSaidWeDid).toEqual({ totalCount: 0, nodes: [], pageInfo: { endCursor: null, hasNextPage: false } });
    });

    it('answers NOT_FOUND for a space the viewer cannot see, and refuses foreign cursors', async () => {
      const club = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY', members: [bob] });
      await expect(app.as(ann).send(YouSaidWeDid, { spaceId: club.id })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(bob).send(YouSaidWeDid, { spaceId: club.id })).resolves.toMatchObject({ youSaidWeDid: { totalCount: 0 } });
      await expect(app.as(ann).send(YouSaidWeDid, { spaceId: internal.id })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as(ann).send(YouSaidWeDid, { spaceId: 'nope' })).rejects.toHaveErrorCode('NOT_FOUND');
      await expect(app.as().send(YouSaidWeDid, { spaceId: community.id })).rejects.toHaveErrorCode('UNAUTHENTICATED');
      await expect(app.as(ann).send(YouSaidWeDid, { spaceId: community.id, after: 'garbage' })).rejects.toHaveErrorCode('BAD_USER_INPUT');
      await expect(app.as(ann).send(YouSaidWeDid, { spaceId: community.id, first: 101 })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    });

    it('runs as many statements for a page of 1 as for a page of 3', async () => {
      const page = (first: number) =>
        app.countStatements(() => app.as(ann).send(webDocument('YouSaidWeDid'), { spaceId: community.id, first }));
      expect(await page(3)).toBe(await page(1));
    });
  });
});
