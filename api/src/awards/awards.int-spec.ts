import { graphql } from '../../../test/support/gql';
import type { ExpectedErrorCode } from '../../../test/support/matchers';
import { RevokeAwardGrant } from '../../../test/support/operations';
import { allPages, idsOfPages } from '../../../test/support/paging';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const CreateAward = graphql(`
  mutation CreateAward($input: CreateAwardInput!) {
    createAward(input: $input) {
      id
      name
      description
      createdBy {
        id
      }
    }
  }
`);

const GrantAward = graphql(`
  mutation GrantAward($input: GrantAwardInput!) {
    grantAward(input: $input) {
      id
      citation
      grantedAt
      revokedAt
      award {
        name
      }
      initiative {
        id
      }
      grantedBy {
        id
      }
    }
  }
`);

const HallOfFame = graphql(`
  query HallOfFame($first: Int, $after: String) {
    hallOfFame(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        citation
        initiative {
          id
        }
        award {
          name
        }
      }
    }
  }
`);

const InitiativeAwards = graphql(`
  query InitiativeAwards($id: ID!) {
    initiative(id: $id) {
      awards {
        id
        citation
        award {
          name
        }
      }
    }
  }
`);

const AwardCatalogue = graphql(`
  query AwardCatalogue {
    awards {
      name
    }
  }
`);

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('awards and the hall of fame (docs/api.md#operations)', () => {
  let app: TestApp;
  let manager: TestUser;
  let otherManager: TestUser;
  let admin: TestUser;
  let author: TestUser;
  let customer: TestUser;
  let awardId: string;
  let community: { id: string };
  let internal: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    [manager, otherManager, admin, author, customer] = await Promise.all([
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'MANAGER' }),
      app.make.user({ role: 'ADMIN' }),
      app.make.user({ role: 'EMPLOYEE' }),
      app.make.user({ role: 'CUSTOMER' }),
    ]);
    community = await app.make.space();
    internal = await app.make.space({ kind: 'INTERNAL' });
    awardId = (
      await app.as(manager).send(CreateAward, { input: { name: 'Customer hero', description: 'For the idea customers loved most' } })
    ).createAward.id;
  });
  afterAll(() => app.close());

  const grant = (initiativeId: string, by = manager, citation = 'Cut Saturday queues by half in the pilot stores.') =>
    app.as(by).send(GrantAward, { input: { awardId, initiativeId, citation } });
  const revoke = (by: TestUser, id: string, reason: string) => app.as(by).send(RevokeAwardGrant, { id, reason });
  const awardsOf = async (id: string) => (await app.as(customer).send(InitiativeAwards, { id })).initiative?.awards;
  const grantsOn = async (id: string) =>
    (await app.db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM award_grants WHERE initiative_id = $1', [id]))[0].n;

  it('lets managers define awards, with unique names, and everyone read the catalogue', async () => {
    await expect(app.as(author).send(CreateAward, { input: { name: 'Employee pick' } })).rejects.toHaveErrorCode('FORBIDDEN');
    await expect(app.as(admin).send(CreateAward, { input: { name: 'CUSTOMER HERO' } })).rejects.toHaveErrorCode('CONFLICT');
    await expect(app.as(admin).send(CreateAward, { input: { name: 'x' } })).rejects.toHaveErrorCode('BAD_USER_INPUT');
    expect((await app.as(customer).send(AwardCatalogue)).awards).toEqual([{ name: 'Customer hero' }]);
  });

  it('grants with a citation and tells the author and followers, not the granter', async () => {
    const { id } = await app.make.initiative({ space: community, author, followers: [customer] });
    const { grantAward } = await grant(id);
    expect(grantAward).toMatchObject({
      award: { name: 'Customer hero' },
      initiative: { id },
      grantedBy: { id: manager.id },
      revokedAt: null,
    });
    const told = await app.db.query<{ recipient_id: string; detail: string }[]>(
      `SELECT recipient_id, detail FROM notifications WHERE kind = 'AWARDED' AND initiative_id = $1`,
      [id],
    );
    expect(new Set(told.map((row) => row.recipient_id))).toEqual(new Set([author.id, customer.id]));
    expect(told[0].detail).toContain('Cut Saturday queues by half');
    expect(await awardsOf(id)).toEqual([expect.objectContaining({ award: { name: 'Customer hero' } })]);
  });

  it.each<[string, { citation?: string; byAuthor?: boolean; awardId?: string }, ExpectedErrorCode]>([
    ['a citation under 10 characters', { citation: 'Too short' }, 'BAD_USER_INPUT'],
    ['a citation over 1000 characters', { citation: 'x'.repeat(1001) }, 'BAD_USER_INPUT'],
    ['an employee granting', { byAuthor: true }, 'FORBIDDEN'],
    ['an unknown award', { awardId: UNKNOWN_ID }, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_name, change, code) => {
    const { id } = await app.make.initiative({ space: community, author });
    const input = { awardId: change.awardId ?? awardId, initiativeId: id, citation: change.citation ?? 'A perfectly fine citation.' };
    await expect(app.as(change.byAuthor ? author : manager).send(GrantAward, { input })).rejects.toHaveErrorCode(code);
    expect(await grantsOn(id)).toBe(0);
  });

  it('refuses the same award twice on one initiative with CONFLICT, until revoked', async () => {
    const { id } = await app.make.initiative({ space: community, author });
    const first = (await grant(id)).grantAward;
    await expect(grant(id)).rejects.toHaveErrorCode('CONFLICT');
    await revoke(manager, first.id, 'Granted by mistake');
    await expect(grant(id)).resolves.toBeDefined();
  });

  it('revokes (granter or admin only), keeping the reason for managers and leaving the hall of fame', async () => {
    const { id } = await app.make.initiative({ space: community, author });
    const granted = (await grant(id)).grantAward;
    await expect(revoke(otherManager, granted.id, 'Not mine')).rejects.toHaveErrorCode('FORBIDDEN');
    await expect(revoke(manager, granted.id, '')).rejects.toHaveErrorCode('BAD_USER_INPUT');
    const { revokeAwardGrant } = await revoke(admin, granted.id, 'The pilot numbers were wrong');
    expect(revokeAwardGrant).toMatchObject({ revokedAt: expect.any(String), revokeReason: 'The pilot numbers were wrong' });
    await expect(revoke(admin, granted.id, 'Again')).rejects.toHaveErrorCode('BAD_USER_INPUT');
    expect(await awardsOf(id)).toEqual([]);
    const { hallOfFame } = await app.as(customer).send(HallOfFame, { first: 100 });
    expect(hallOfFame.nodes.map((node) => node.id)).not.toContain(granted.id);
    const [{ revoke_reason }] = await app.db.query<{ revoke_reason: string }[]>('SELECT revoke_reason FROM award_grants WHERE id = $1', [
      granted.id,
    ]);
    expect(revoke_reason).toBe('The pilot numbers were wrong');
  });

  it('shows the hall of fame newest first, paged, and never a grant on something the viewer cannot see', async () => {
    const secret = await app.make.initiative({ space: internal, author });
    const secretGrant = (await grant(secret.id)).grantAward;
    const pageThrough = async (user: TestUser) => {
      const pages = await allPages(async (after) => (await app.as(user).send(HallOfFame, { first: 2, after })).hallOfFame);
      return { ids: idsOfPages(pages), total: pages[0].totalCount };
    };
    const staff = await pageThrough(author);
    expect((await pageThrough(manager)).total).toBe(staff.total);
    const outside = await pageThrough(customer);
    expect(staff.ids[0]).toBe(secretGrant.id);
    expect(staff.ids).toHaveLength(staff.total);
    expect(outside.ids).not.toContain(secretGrant.id);
    expect(outside.total).toBe(staff.total - 1);
    expect(new Set(staff.ids).size).toBe(staff.ids.length);
    await expect(revoke(customer, secretGrant.id, 'Peeking')).rejects.toHaveErrorCode('FORBIDDEN');
  });
});
