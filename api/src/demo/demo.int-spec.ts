import { graphql } from '../../../test/support/gql';
import { TestApp } from '../../../test/support/test-app';
import { bootstrapAdmin } from './bootstrap-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemoData } from './demo-data';

const DemoSignIn = graphql(`
  mutation DemoSignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      user {
        role
      }
    }
  }
`);

const DemoSpaces = graphql(`
  query DemoSpaces {
    spaces {
      slug
    }
  }
`);

const DemoCustomerHome = graphql(`
  query DemoCustomerHome {
    unreadNotificationCount
    hallOfFame {
      totalCount
    }
    challenges {
      state
    }
  }
`);

describe('start-up data', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app.close());

  const signIn = (email: string, password: string) => app.as().send(DemoSignIn, { input: { email, password } });

  it('BOOTSTRAP_ADMIN creates the admin once and never touches an existing account', async () => {
    expect(await bootstrapAdmin(app.db, { email: 'Boss@Example.test', password: 'first-password' })).toBe(true);
    expect(await bootstrapAdmin(app.db, { email: 'boss@example.test', password: 'second-password' })).toBe(false);
    expect((await signIn('boss@example.test', 'first-password')).signIn.user.role).toBe('ADMIN');
    await expect(signIn('boss@example.test', 'second-password')).rejects.toHaveErrorCode('UNAUTHENTICATED');
  });

  it('loads the demo into an empty database once, even when two starts race', async () => {
    const results = await Promise.all([loadDemoData(app.db), loadDemoData(app.db)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await loadDemoData(app.db)).toBe(false);
    const [{ spaces }] = await app.db.query<{ spaces: number }[]>('SELECT count(*)::int AS spaces FROM spaces');
    const [{ initiatives }] = await app.db.query<{ initiatives: number }[]>('SELECT count(*)::int AS initiatives FROM initiatives');
    expect(spaces).toBe(3);
    expect(initiatives).toBeGreaterThanOrEqual(12);
  });

  it('gives every demo account its role and the documented password', async () => {
    for (const account of DEMO_ACCOUNTS) {
      expect((await signIn(account.email, DEMO_PASSWORD)).signIn.user.role).toBe(account.role);
    }
  });

  it('shows the demo customer the community and the Silver Lab, never the internal space', async () => {
    const { signIn: session } = await signIn('customer@redchair.test', DEMO_PASSWORD);
    const { spaces } = await app.as(session).send(DemoSpaces);
    expect(spaces.map((space) => space.slug).sort()).toEqual(['community', 'silver-lab']);
  });

  it('tells real stories: answers with notes in order, and counters that match their rows', async () => {
    const history = await app.db.query<{ from_status: string; to_status: string }[]>(
      `SELECT c.from_status, c.to_status FROM status_changes c JOIN initiatives i ON i.id = c.initiative_id
        WHERE i.title LIKE 'A callback promise%' ORDER BY c.at`,
    );
    expect(history).toEqual([
      { from_status: 'SUBMITTED', to_status: 'UNDER_REVIEW' },
      { from_status: 'UNDER_REVIEW', to_status: 'SELECTED' },
      { from_status: 'SELECTED', to_status: 'IN_PROGRESS' },
    ]);
    const [mismatches] = await app.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM initiatives i
        WHERE vote_count <> (SELECT count(*) FROM votes v WHERE v.initiative_id = i.id)
           OR follower_count <> (SELECT count(*) FROM follows f WHERE f.initiative_id = i.id)
           OR comment_count <> (SELECT count(*) FROM comments c WHERE c.initiative_id = i.id)
           OR rating_count <> (SELECT count(*) FROM ratings r WHERE r.initiative_id = i.id)
           OR (status = 'SUBMITTED') <> (first_response_at IS NULL)`,
    );
    expect(mismatches.n).toBe(0);
    const customer = await signIn('customer@redchair.test', DEMO_PASSWORD);
    expect(await app.as(customer.signIn).send(DemoCustomerHome)).toMatchObject({
      unreadNotificationCount: 1,
      hallOfFame: { totalCount: 0 }, // the award went to an internal initiative
      challenges: [{ state: 'OPEN' }],
    });
  });
});
