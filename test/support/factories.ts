import type { Role } from '@red-chair/domain';

import { hashPassword } from '../../api/src/auth/passwords';
import { hashToken, newSessionToken } from '../../api/src/auth/tokens';

/** Runs one statement and returns its rows: a TypeORM DataSource or a pg client, adapted. */
export type RunSql = <Row>(sql: string, params?: unknown[]) => Promise<Row[]>;

export const TEST_PASSWORD = 'correct-horse-battery';

export type SpaceKind = 'INTERNAL' | 'COMMUNITY';
export type SpaceAccess = 'OPEN' | 'INVITE_ONLY';
export type InitiativeStatus = 'SUBMITTED' | 'UNDER_REVIEW' | 'SELECTED' | 'IN_PROGRESS' | 'IMPLEMENTED' | 'DECLINED' | 'MERGED';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** A live session's token (`Authorization: Bearer`); empty when made with `signedIn: false`. */
  token: string;
}

export interface TestSpace {
  id: string;
  slug: string;
  name: string;
}

export interface TestInitiative {
  id: string;
  title: string;
}

export interface UserFields {
  role?: Role;
  email?: string;
  displayName?: string;
  password?: string;
  /** Without a session, for tests that sign in through the API themselves. */
  signedIn?: boolean;
}

export interface SpaceFields {
  kind?: SpaceKind;
  access?: SpaceAccess;
  members?: { id: string }[];
  slug?: string;
  name?: string;
  description?: string;
  responseSlaDays?: number;
  reviewBelowAverage?: number;
  reviewMinRatings?: number;
}

export interface InitiativeFields {
  space: { id: string };
  author: { id: string };
  title?: string;
  body?: string;
  orientation?: 'CUSTOMER' | 'EMPLOYEE';
  tags?: string[];
  status?: InitiativeStatus;
  createdAt?: Date;
  /** Nobody follows unless listed (proposeInitiative would make the author follow). */
  followers?: { id: string }[];
}

export interface CommentFields {
  initiative: { id: string };
  author: { id: string };
  body?: string;
  parent?: { id: string };
  hidden?: boolean;
}

/**
 * Test data in one line each, written straight to the tables (the migrated schema) so that tests
 * needing hundreds of rows stay fast; what the API does with them is what the tests check. Every
 * default is valid, so a test names only what it is about.
 */
export function factories(sql: RunSql) {
  let sequence = 0;
  const next = () => (sequence += 1);
  const hashes = new Map<string, Promise<string>>();
  const hashOnce = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    return hashes.get(password)!;
  };

  const make = {
    async user({ role = 'EMPLOYEE', email, displayName, password = TEST_PASSWORD, signedIn = true }: UserFields = {}): Promise<TestUser> {
      const n = next();
      const person = {
        email: email ?? `${role.toLowerCase()}${n}@example.test`,
        displayName: displayName ?? `${role[0]}${role.slice(1).toLowerCase()} ${n}`,
        role,
      };
      const [row] = await sql<{ id: string }>(
        'INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
        [person.email, person.displayName, role, await hashOnce(password)],
      );
      // A session made directly, as signIn would (auth.int-spec.ts covers signIn itself).
      const token = signedIn ? newSessionToken() : '';
      if (signedIn)
        await sql(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
          row.id,
          hashToken(token),
        ]);
      return { id: row.id, ...person, token };
    },

    async space({ kind = 'COMMUNITY', access = 'OPEN', members = [], ...fields }: SpaceFields = {}): Promise<TestSpace> {
      const slug = fields.slug ?? `${kind}-${access}-${next()}-${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/_/g, '-');
      const name = fields.name ?? `Space ${slug}`;
      const [row] = await sql<{ id: string }>(
        `INSERT INTO spaces (slug, name, description, kind, access, response_sla_days, review_below_average, review_min_ratings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          slug,
          name,
          fields.description ?? '',
          kind,
          access,
          fields.responseSlaDays ?? 14,
          fields.reviewBelowAverage ?? 3,
          fields.reviewMinRatings ?? 25,
        ],
      );
      for (const member of members) await make.member({ id: row.id }, member);
      return { id: row.id, slug, name };
    },

    async member(space: { id: string }, user: { id: string }): Promise<void> {
      await sql('INSERT INTO space_members (space_id, user_id) VALUES ($1, $2)', [space.id, user.id]);
    },

    async initiative({ space, author, followers = [], ...fields }: InitiativeFields): Promise<TestInitiative> {
      const title = fields.title ?? 'An initiative title';
      const createdAt = fields.createdAt ?? new Date();
      const [row] = await sql<{ id: string }>(
        `INSERT INTO initiatives (space_id, author_id, title, body, orientation, tags, status, created_at, last_activity_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
        [
          space.id,
          author.id,
          title,
          fields.body ?? 'A body',
          fields.orientation ?? 'CUSTOMER',
          fields.tags ?? [],
          fields.status ?? 'SUBMITTED',
          createdAt,
        ],
      );
      for (const follower of followers) await make.follow({ id: row.id }, follower);
      return { id: row.id, title };
    },

    /** Keeps the initiative's follower count, as following through the API does. */
    async follow(initiative: { id: string }, user: { id: string }): Promise<void> {
      await sql(
        `WITH followed AS (INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING initiative_id)
         UPDATE initiatives SET follower_count = follower_count + 1 WHERE id IN (SELECT initiative_id FROM followed)`,
        [initiative.id, user.id],
      );
    },

    /** The row only: comment_count is left as it was (recount_initiatives puts counters back). */
    async comment({ initiative, author, body = 'A comment', parent, hidden = false }: CommentFields): Promise<{ id: string }> {
      const [row] = await sql<{ id: string }>(
        `INSERT INTO comments (initiative_id, author_id, body, parent_id, hidden_at) VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END) RETURNING id`,
        [initiative.id, author.id, body, parent?.id ?? null, hidden],
      );
      return { id: row.id };
    },

    /** The row only: rating_count and rating_sum are left as they were. */
    async rating(initiative: { id: string }, user: { id: string }, stars: number): Promise<void> {
      await sql('INSERT INTO ratings (initiative_id, user_id, stars) VALUES ($1, $2, $3)', [initiative.id, user.id, stars]);
    },

    async award(fields: { name?: string; description?: string } = {}): Promise<{ id: string; name: string }> {
      const name = fields.name ?? `Award ${next()}`;
      const [row] = await sql<{ id: string }>('INSERT INTO awards (name, description) VALUES ($1, $2) RETURNING id', [
        name,
        fields.description ?? 'For the best ideas',
      ]);
      return { id: row.id, name };
    },
  };
  return make;
}

export type Factories = ReturnType<typeof factories>;
