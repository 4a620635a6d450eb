import { Client } from 'pg';

import { INITIATIVE_STATUSES } from '@red-chair/domain';

import { createTestDatabase } from '../../../test/support/test-database';
import { verifyPassword } from '../auth/passwords';
import { SEED_PASSWORD, type SeedOptions } from './seed-data';
import { seedDatabase, SeedRefusedError, type SeedProgress } from './seed-loader';

const quiet: SeedProgress = { start: () => undefined, advance: () => undefined, stage: () => undefined, stop: () => undefined };
const SMALL: SeedOptions = { initiatives: 300, users: 50, votes: 2000, comments: 500, force: false };

describe('npm run seed', () => {
  let database: { url: string; drop(): Promise<void> };
  let db: Client;
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => (await db.query(sql, params)).rows[0] as T;

  const SCHEMA = `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS definition, convalidated AS valid
                    FROM pg_constraint WHERE conrelid <> 0
                  UNION ALL SELECT tablename, indexname, indexdef, true FROM pg_indexes WHERE schemaname = 'public'
                  ORDER BY 1, 2, 3`;
  let schemaBefore: unknown[];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
    schemaBefore = (await db.query(SCHEMA)).rows;
    await seedDatabase(database.url, SMALL, quiet);
  }, 60_000);
  afterAll(async () => {
    await db.end();
    await database.drop();
  });

  it('leaves the foreign keys and indexes it dropped for the load exactly as they were, validated', async () => {
    expect((await db.query(SCHEMA)).rows).toEqual(schemaBefore);
  });

  it('writes the rows asked for', async () => {
    expect(
      await one(
        'SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM initiatives) AS initiatives, (SELECT count(*)::int FROM votes) AS votes, (SELECT count(*)::int FROM comments) AS comments',
      ),
    ).toEqual({
      users: 50,
      initiatives: 300,
      votes: 2000,
      comments: 500,
    });
  });

  it('keeps every counter equal to the rows', async () => {
    const wrong = await one<{ n: number }>(
      `SELECT count(*)::int AS n FROM initiatives i WHERE
         vote_count <> (SELECT count(*) FROM votes v WHERE v.initiative_id = i.id)
         OR follower_count <> (SELECT count(*) FROM follows f WHERE f.initiative_id = i.id)
         OR comment_count <> (SELECT count(*) FROM comments c WHERE c.initiative_id = i.id AND c.hidden_at IS NULL AND c.deleted_at IS NULL)
         OR rating_count <> (SELECT count(*) FROM ratings r WHERE r.initiative_id = i.id)
         OR rating_sum <> coalesce((SELECT sum(stars) FROM ratings r WHERE r.initiative_id = i.id), 0)
         OR (trending_log IS NULL) <> (vote_count = 0)
         OR abs(trending_log - (SELECT max(x) + ln(sum(exp(x - m))) FROM (
              SELECT trending_x(v.created_at) AS x, max(trending_x(v.created_at)) OVER () AS m FROM votes v WHERE v.initiative_id = i.id) s)) > 1e-9`,
    );
    expect(wrong.n).toBe(0);
    expect(await one('SELECT recount_initiatives(NULL) AS changed')).toEqual({ changed: 0 });
  });

  it('tells every status, with histories, notes and merges that agree', async () => {
    const statuses = (await db.query<{ status: string }>('SELECT DISTINCT status FROM initiatives')).rows.map((r) => r.status);
    expect(new Set(statuses)).toEqual(new Set(INITIATIVE_STATUSES));
    expect(
      await one(
        `SELECT
           count(*) FILTER (WHERE (status = 'SUBMITTED') <> (first_response_at IS NULL))::int AS response,
           count(*) FILTER (WHERE first_response_at IS DISTINCT FROM (SELECT min(at) FROM status_changes c WHERE c.initiative_id = i.id))::int AS first,
           count(*) FILTER (WHERE status <> coalesce((SELECT to_status FROM status_changes c WHERE c.initiative_id = i.id ORDER BY at DESC LIMIT 1), 'SUBMITTED'))::int AS last,
           count(*) FILTER (WHERE status = 'MERGED' AND (vote_count > 0 OR (SELECT status FROM initiatives t WHERE t.id = i.merged_into_id) = 'MERGED'))::int AS merged
         FROM initiatives i`,
      ),
    ).toEqual({ response: 0, first: 0, last: 0, merged: 0 });
    expect(await one(`SELECT count(*)::int AS n FROM status_changes WHERE to_status IN ('DECLINED', 'MERGED') AND note IS NULL`)).toEqual({
      n: 0,
    });
  });

  it('writes votes after the idea, replies under top-level comments of the same idea, ratings only on prototypes', async () => {
    expect(
      await one(
        `SELECT
           (SELECT count(*)::int FROM votes v JOIN initiatives i ON i.id = v.initiative_id WHERE v.created_at <= i.created_at) AS early_votes,
           (SELECT count(*)::int FROM comments c JOIN comments p ON p.id = c.parent_id WHERE p.parent_id IS NOT NULL OR p.initiative_id <> c.initiative_id) AS bad_replies,
           (SELECT count(*)::int FROM comments WHERE parent_id IS NOT NULL) > 0 AS has_replies,
           (SELECT count(*)::int FROM ratings r JOIN initiatives i ON i.id = r.initiative_id JOIN spaces s ON s.id = i.space_id
             WHERE s.kind <> 'COMMUNITY' OR i.status NOT IN ('IN_PROGRESS', 'IMPLEMENTED')) AS bad_ratings,
           (SELECT count(*)::int FROM initiatives i JOIN spaces s ON s.id = i.space_id
             WHERE i.needs_review <> (i.rating_count >= s.review_min_ratings AND i.rating_sum < s.review_below_average * i.rating_count)) AS bad_reviews`,
      ),
    ).toEqual({ early_votes: 0, bad_replies: 0, has_replies: true, bad_ratings: 0, bad_reviews: 0 });
  });

  it('makes seed-user-1 an employee who signs in with the printed password', async () => {
    const person = await one<{ role: string; password_hash: string }>(
      `SELECT role, password_hash FROM users WHERE email = 'seed-user-1@redchair.test'`,
    );
    expect(person.role).toBe('EMPLOYEE');
    expect(await verifyPassword(person.password_hash, SEED_PASSWORD)).toBe(true);
  });

  it('refuses a database that holds people, and adds to it with --force', async () => {
    await expect(seedDatabase(database.url, { ...SMALL, initiatives: 10 }, quiet)).rejects.toThrow(SeedRefusedError);
    expect(await one('SELECT count(*)::int AS n FROM users')).toEqual({ n: 50 });
    await seedDatabase(database.url, { initiatives: 20, users: 10, votes: 50, comments: 20, force: true }, quiet);
    expect(
      await one(`SELECT count(*)::int AS users, count(*) FILTER (WHERE email = 'seed-user-60@redchair.test')::int AS last FROM users`),
    ).toEqual({ users: 60, last: 1 });
    expect(await one('SELECT count(*)::int AS spaces FROM spaces')).toEqual({ spaces: 4 });
    expect(await one('SELECT recount_initiatives(NULL) AS changed')).toEqual({ changed: 0 });
  }, 60_000);
});
