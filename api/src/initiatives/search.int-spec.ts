import { graphql } from '../../../test/support/gql';
import type { InitiativeSort } from '../../../test/support/gql/graphql';
import { FeedPage } from '../../../test/support/operations';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const SimilarInitiatives = graphql(`
  query SimilarInitiatives($spaceId: ID!, $text: String!, $first: Int) {
    similarInitiatives(spaceId: $spaceId, text: $text, first: $first) {
      id
      title
      status
    }
  }
`);

describe('search and similar ideas', () => {
  let app: TestApp;
  let employee: TestUser;
  let customer: TestUser;
  let space: { id: string };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    employee = await app.make.user();
    customer = await app.make.user({ role: 'CUSTOMER' });
    space = await app.make.space();
    const idea = async (key: string, title: string, body: string) => {
      ids[key] = (await app.make.initiative({ space, author: employee, title, body })).id;
    };
    await idea('fidelite', 'Programme de fidélité repensé', 'Échanger ses points contre des réparations gratuites.');
    await idea('loyalty', 'Loyalty programme around services', 'Trade points for repairs and workshops.');
    await idea('queues', 'Shorter checkout queues on Saturdays', 'Open two more tills when the store is busy.');
    await idea('caisses', 'Plus de caisses ouvertes le samedi', 'Les files d’attente sont trop longues.');
    await idea('bodyOnly', 'Accessible price labels', 'Bigger fonts help every customer, including loyalty members.');
  });
  afterAll(() => app.close());

  const search = async (text: string, extra: { sort?: InitiativeSort; first?: number; after?: string | null } = {}) =>
    (await app.as(customer).send(FeedPage, { filter: { spaceId: space.id, search: text }, ...extra })).initiatives;
  const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);
  const similar = async (text: string) => (await app.as(customer).send(SimilarInitiatives, { spaceId: space.id, text })).similarInitiatives;

  it('finds French words without their accents and by their stem', async () => {
    expect(idsOf((await search('fidelite')).nodes)).toContain(ids.fidelite);
    expect(idsOf((await search('réparation')).nodes)).toContain(ids.fidelite);
  });

  it('stems English and ranks title matches above body matches', async () => {
    const result = await search('loyalty');
    expect(result.totalCount).toBe(2);
    expect(idsOf(result.nodes)).toEqual([ids.loyalty, ids.bodyOnly]);
    expect(idsOf((await search('queue')).nodes)).toEqual([ids.queues]);
  });

  it('understands search-box syntax and finds nothing for nonsense', async () => {
    expect((await search('"checkout queues"')).totalCount).toBe(1);
    expect((await search('saturday -checkout')).totalCount).toBe(0);
    expect((await search('zzqxj')).totalCount).toBe(0);
  });

  it('pages ranked results stably', async () => {
    const first = await search('points OR samedi OR loyalty', { first: 2 });
    const second = await search('points OR samedi OR loyalty', { first: 2, after: first.pageInfo.endCursor });
    const all = idsOf([...first.nodes, ...second.nodes]);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(first.totalCount > 4 ? 4 : first.totalCount);
  });

  it('never returns what the viewer cannot see', async () => {
    const internal = await app.make.space({ kind: 'INTERNAL' });
    await app.make.initiative({ space: internal, author: employee, title: 'Secret loyalty plan', body: 'x', orientation: 'EMPLOYEE' });
    expect((await app.as(customer).send(FeedPage, { filter: { search: 'loyalty' } })).initiatives.totalCount).toBe(2);
    expect((await app.as(employee).send(FeedPage, { filter: { search: 'loyalty' } })).initiatives.totalCount).toBe(3);
  });

  describe('similarInitiatives', () => {
    it('suggests close ideas while a proposal is typed, in either language', async () => {
      expect((await similar('Open more checkout tills on saturday mornings'))[0].id).toBe(ids.queues);
      expect(idsOf(await similar('fidelite et reparations'))).toContain(ids.fidelite);
    });

    it('leaves out MERGED ideas and waits for three letters', async () => {
      await app.db.query(`UPDATE initiatives SET status = 'MERGED', merged_into_id = $2 WHERE id = $1`, [ids.fidelite, ids.loyalty]);
      expect(idsOf(await similar('programme de fidélité'))).not.toContain(ids.fidelite);
      expect(await similar('ab')).toEqual([]);
    });

    it('is NOT_FOUND for a space the viewer cannot see and caps first at 20', async () => {
      const internal = await app.make.space({ kind: 'INTERNAL' });
      await expect(app.as(customer).send(SimilarInitiatives, { spaceId: internal.id, text: 'loyalty' })).rejects.toHaveErrorCode(
        'NOT_FOUND',
      );
      await expect(app.as(customer).send(SimilarInitiatives, { spaceId: space.id, text: 'loyalty', first: 21 })).rejects.toHaveErrorCode(
        'BAD_USER_INPUT',
      );
    });
  });
});
