import { Pool } from 'pg';

import type { Factories, InitiativeFields, TestUser } from './factories';
import { E2E_PASSWORD } from './journey';

const DAY = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/** The people of the red chair journeys; every one signs in with E2E_PASSWORD. */
export const VOICE_PEOPLE = {
  manager: 'boss@example.test',
  customer: 'ann@example.test',
  outsider: 'outsider@example.test',
};

export const CLUB_SLUG = 'club';

/**
 * A week of customer voice with known dates: ideas proposed, voted and commented in the last days,
 * two ideas waiting past their deadline, a prototype rated low, and ideas implemented with their notes
 * (`extraImplemented` more, to page through). Rows are written directly, with their dates; the
 * counters are then recomputed from them, as the seed does.
 */
export async function buildVoiceWorld(make: Factories, databaseUrl: string, { extraImplemented = 0 } = {}): Promise<{ printId: string }> {
  const person = (email: string, displayName: string, role: TestUser['role']) =>
    make.user({ email, displayName, role, password: E2E_PASSWORD, signedIn: false });
  const manager = await person(VOICE_PEOPLE.manager, 'Marc Manager', 'MANAGER');
  const ann = await person(VOICE_PEOPLE.customer, 'Ann Martin', 'CUSTOMER');
  const bob = await person('bob@example.test', 'Bob Lefèvre', 'CUSTOMER');
  const employee = await person('employee@example.test', 'Eva Employee', 'EMPLOYEE');
  await person(VOICE_PEOPLE.outsider, 'Oscar Outsider', 'CUSTOMER');
  const club = await make.space({ slug: CLUB_SLUG, name: 'Customer club', kind: 'COMMUNITY', responseSlaDays: 14 });
  const stores = await make.space({ slug: 'stores', name: 'Store teams', kind: 'INTERNAL', responseSlaDays: 2 });

  const idea = async (space: { id: string }, author: TestUser, title: string, daysAgo: number, extra: Partial<InitiativeFields> = {}) =>
    (await make.initiative({ space, author, title, body: `${title}.`, createdAt: ago(daysAgo), ...extra })).id;
  const tills = await idea(club, ann, 'Open two more tills on Saturdays between 11 and 1', 3);
  const pickup = await idea(club, bob, 'Reserve a pickup slot from the app', 2);
  await idea(stores, employee, 'Call back every unhappy customer within 48 hours', 10, { orientation: 'CUSTOMER' });
  await idea(stores, employee, 'Bigger, clearer price labels in every aisle', 20, { orientation: 'CUSTOMER' });
  const simple = await idea(club, bob, 'A simpler app mode with bigger buttons', 40, { status: 'IN_PROGRESS' });
  const print = await idea(club, ann, 'Print receipts only when customers ask', 30, { status: 'IMPLEMENTED' });
  const older = await idea(club, bob, 'Water fountains at the store entrance', 60, { status: 'IMPLEMENTED' });

  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    const implemented = (id: string, daysAgo: number, note: string) =>
      pool.query(
        `INSERT INTO status_changes (initiative_id, from_status, to_status, note, by_id, at) VALUES ($1, 'IN_PROGRESS', 'IMPLEMENTED', $2, $3, $4)`,
        [id, note, manager.id, ago(daysAgo)],
      );
    await implemented(print, 2, 'Done: since Monday, tills print a receipt only when the customer asks. That saves 40 km of paper a year.');
    await implemented(older, 30, 'Installed at all twelve stores, with cups made from recycled paper.');
    for (let n = 1; n <= extraImplemented; n++) {
      const id = await idea(club, n % 2 ? ann : bob, `Implemented idea number ${n}`, 90 + n, { status: 'IMPLEMENTED' });
      await implemented(id, 40 + n, `Done in store ${n}: the team tried it for a month, then kept it.`);
    }
    const vote = (id: string, user: TestUser, daysAgo: number) =>
      pool.query('INSERT INTO votes (initiative_id, user_id, created_at) VALUES ($1, $2, $3)', [id, user.id, ago(daysAgo)]);
    await vote(tills, bob, 2);
    await vote(tills, employee, 2);
    await vote(tills, manager, 1);
    await vote(pickup, ann, 1);
    await vote(print, bob, 25);
    const comment = (id: string, author: TestUser, daysAgo: number, body: string) =>
      pool.query('INSERT INTO comments (initiative_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)', [
        id,
        author.id,
        body,
        ago(daysAgo),
      ]);
    await comment(tills, ann, 2.5, 'Saturday at noon is the only time I can shop, and the queue takes longer than the shopping.');
    await comment(tills, bob, 2, 'Same for me. Even one more till would help.');
    await comment(print, bob, 1.5, 'I noticed it last week: thank you, it was a lot of paper for a baguette.');
    await comment(pickup, employee, 1, 'The Lille store could try it first.');
    await pool.query('SELECT recount_initiatives(NULL)');
    await pool.query('UPDATE initiatives SET needs_review = true, rating_sum = 55, rating_count = 25 WHERE id = $1', [simple]);
  } finally {
    await pool.end();
  }
  return { printId: print };
}
