import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { canSeeSpace, type InitiativeStatus, type SpaceAccess, type SpaceKind } from '@red-chair/domain';

import { hashPassword } from '../auth/passwords';
import { renderMarkdown } from '../markdown/markdown';
import {
  awardCitation,
  AWARDS,
  commentText,
  finalStatus,
  initiativeText,
  Rng,
  SEED_EMAIL_PATTERN,
  SEED_PASSWORD,
  seedPerson,
  spread,
  statusJourney,
  statusNote,
  timesAfter,
  trendingLog,
  type InitiativeText,
  type SeedOptions,
  type SeedPerson,
} from './seed-data';

/**
 * `npm run seed`: fills a migrated database with a year of realistic activity, in bulk. Rows go
 * through COPY, a few large statements per table, so statement-level triggers on initiatives fire a
 * handful of times, not once per row. Counters are written with the initiatives, computed from the
 * very rows streamed afterwards; recount_initiatives checks them at the end, as the app keeps them.
 */

export class SeedRefusedError extends Error {}

export interface SeedProgress {
  /** `done` rows more of the `total` announced by start(). */
  start(total: number): void;
  advance(done: number, stage: string): void;
  stage(stage: string): void;
  stop(): void;
}

export interface SeedReport {
  spaces: { slug: string; name: string }[];
  firstUser: number;
  lastUser: number;
  rows: Record<string, number>;
}

const DAY = 24 * 3600 * 1000;

const SPACES: { slug: string; name: string; description: string; kind: SpaceKind; access: SpaceAccess; share: number }[] = [
  {
    slug: 'seed-idees',
    name: 'Idées clients',
    description: 'Toutes les idées des équipes pour nos clients et nos collègues.',
    kind: 'INTERNAL',
    access: 'OPEN',
    share: 0.9,
  },
  {
    slug: 'seed-communaute',
    name: 'Communauté clients',
    description: 'Clients et équipes imaginent ensemble les services de demain.',
    kind: 'COMMUNITY',
    access: 'OPEN',
    share: 0.06,
  },
  {
    slug: 'seed-silver-club',
    name: 'Silver Club',
    description: 'A small club of senior customers who test prototypes first.',
    kind: 'COMMUNITY',
    access: 'INVITE_ONLY',
    share: 0.02,
  },
  {
    slug: 'seed-lab-sinistres',
    name: 'Lab sinistres',
    description: 'Claims team only: ideas on the claims journey before they go public.',
    kind: 'INTERNAL',
    access: 'INVITE_ONLY',
    share: 0.02,
  },
];

interface Person extends SeedPerson {
  id: string;
}

interface PlannedInitiative {
  id: string;
  space: number;
  author: Person;
  createdAt: number;
  status: InitiativeStatus;
  journey: InitiativeStatus[];
  /** When each move of the journey happened (journey[i + 1] at moves[i]). */
  moves: number[];
  mergedInto: string | null;
  text: InitiativeText;
  /** Seeds the initiative's own activity (see activityOf). */
  seed: number;
  votes: number;
  comments: number;
}

interface Activity {
  voters: Person[];
  voteTimes: number[];
  /** parent: index of an earlier top-level comment. */
  comments: { author: Person; parent: number | null; time: number; hidden: boolean }[];
  followers: Map<Person, number>;
  ratings: { rater: Person; stars: number; time: number }[];
  grantAt: number | null;
}

type Row = (string | number | null)[];

/** COPY text format: backslash, tab and line breaks escaped; \N is NULL. */
const field = (value: string | number | null): string => {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (!/[\\\t\n\r]/.test(value)) return value; // ids and times: nothing to escape
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};
const at = (ms: number) => new Date(ms).toISOString();
const textArray = (items: readonly string[]) => `{${items.map((item) => `"${item}"`).join(',')}}`;

/** One COPY … FROM STDIN: rows buffered in large chunks, waiting when PostgreSQL is behind. */
class CopyWriter {
  private buffer: string[] = [];
  private size = 0;
  private readonly stream;
  private readonly finished: Promise<void>;

  constructor(client: Client, sql: string) {
    this.stream = client.query(copyFrom(sql));
    this.finished = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    this.finished.catch(() => undefined); // surfaced by end()
  }

  async row(fields: Row): Promise<void> {
    const line = `${fields.map(field).join('\t')}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.finished;
  }
}

/** Runs the jobs on the clients, each client taking the next job when it is free. */
async function inParallel(clients: Client[], jobs: ((client: Client) => Promise<unknown>)[]): Promise<void> {
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < jobs.length) await jobs[next++](client);
    }),
  );
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // Seed rows can be regenerated: no need to wait for each commit to reach the disk.
  await client.query('SET synchronous_commit = off');
  // Search indexes take new rows in large sorted batches (cleaned up at the end) rather than 4 MB ones.
  await client.query(`SET gin_pending_list_limit = '256MB'`);
  return client;
}

export async function seedDatabase(url: string, options: SeedOptions, progress: SeedProgress, randomSeed = 2026): Promise<SeedReport> {
  const clients = await Promise.all([0, 1, 2].map(() => connect(url)));
  try {
    return await seed(clients, options, progress, new Rng(randomSeed));
  } finally {
    progress.stop();
    await Promise.all(clients.map((client) => client.end()));
  }
}

async function seed(clients: Client[], options: SeedOptions, progress: SeedProgress, rng: Rng): Promise<SeedReport> {
  const [db] = clients;
  const {
    rows: [{ existing }],
  } = await db.query<{ existing: number }>('SELECT count(*)::int AS existing FROM users');
  if (existing > 0 && !options.force) {
    throw new SeedRefusedError(`the database already holds ${existing} people; run again with --force to add the seed data to it`);
  }
  progress.start(options.users + options.initiatives + options.votes + options.comments);
  const now = Date.now();
  const yearAgo = now - 365 * DAY;

  // People: numbered after any earlier seed run; one password hash for all (argon2 is slow on purpose).
  progress.stage('people');
  const {
    rows: [{ last }],
  } = await db.query<{ last: number }>(
    `SELECT coalesce(max((substring(email FROM '${SEED_EMAIL_PATTERN}'))::int), 0) AS last FROM users WHERE email ~ '${SEED_EMAIL_PATTERN}'`,
  );
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const people: Person[] = [];
  const users = new CopyWriter(db, 'COPY users (id, email, display_name, role, locale, password_hash, created_at) FROM STDIN');
  for (let i = 0; i < options.users; i += 1) {
    const person: Person = { ...seedPerson(rng, last + i + 1), id: randomUUID() };
    // The first three of a run are an employee, a manager and a customer, so every role has someone.
    if (i < 3) person.role = (['EMPLOYEE', 'MANAGER', 'CUSTOMER'] as const)[i];
    people.push(person);
    await users.row([
      person.id,
      person.email,
      person.displayName,
      person.role,
      person.locale,
      passwordHash,
      at(yearAgo - rng.int(400) * DAY),
    ]);
  }
  await users.end();
  progress.advance(options.users, 'people');
  const managers = people.filter((p) => p.role === 'MANAGER' || p.role === 'ADMIN');

  // Spaces (kept when an earlier run made them), their members, and who sees each one.
  const spaceIds: string[] = [];
  for (const space of SPACES) {
    const { rows } = await db.query<{ id: string }>(
      `WITH made AS (INSERT INTO spaces (slug, name, description, kind, access, created_by_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
                     ON CONFLICT (slug) DO NOTHING RETURNING id)
       SELECT id FROM made UNION ALL SELECT id FROM spaces WHERE slug = $1`,
      [space.slug, space.name, space.description, space.kind, space.access, managers[0].id, at(yearAgo - 30 * DAY)],
    );
    spaceIds.push(rows[0].id);
  }
  const members = SPACES.map((space) => {
    if (space.access === 'OPEN') return new Set<Person>();
    const invited = people.filter((p) => (space.kind === 'COMMUNITY' ? p.role === 'CUSTOMER' : p.role === 'EMPLOYEE'));
    return new Set([...rng.sample(invited, Math.min(invited.length, Math.max(3, Math.ceil(invited.length * 0.08)))), managers[0]]);
  });
  for (const [s, invited] of members.entries()) {
    await db.query('INSERT INTO space_members (space_id, user_id, added_by_id) SELECT $1, unnest($2::uuid[]), $3 ON CONFLICT DO NOTHING', [
      spaceIds[s],
      [...invited].map((p) => p.id),
      managers[0].id,
    ]);
  }
  const audiences = SPACES.map((space, s) => people.filter((p) => canSeeSpace(p.role, space, members[s].has(p))));
  const authors = SPACES.map((space, s) => {
    // Customers write most ideas in community spaces; employees everywhere else.
    const customers = audiences[s].filter((p) => p.role === 'CUSTOMER');
    return space.kind === 'COMMUNITY' && customers.length ? customers : audiences[s];
  });

  // The initiatives' lives, planned before anything is written (merges need earlier targets).
  progress.stage('planning');
  const plans: PlannedInitiative[] = [];
  const created = timesAfter(rng, yearAgo, now - 3600_000, options.initiatives, 0.8);
  const openBySpace: PlannedInitiative[][] = SPACES.map(() => []);
  for (const createdAt of created) {
    let roll = rng.next();
    const space = Math.max(
      0,
      SPACES.findIndex((candidate) => (roll -= candidate.share) < 0),
    );
    let status = now - createdAt < 2 * DAY ? 'SUBMITTED' : finalStatus(rng);
    const targets = openBySpace[space];
    if (status === 'MERGED' && !targets.length) status = 'SUBMITTED';
    const journey = statusJourney(rng, status);
    const moves = timesAfter(rng, createdAt, Math.min(now, createdAt + (journey.length - 1) * 25 * DAY), journey.length - 1, 1);
    const plan: PlannedInitiative = {
      id: randomUUID(),
      space,
      author: rng.pick(authors[space]),
      createdAt,
      status,
      journey,
      moves,
      mergedInto: status === 'MERGED' ? rng.pick(targets).id : null,
      text: initiativeText(rng),
      seed: rng.int(2 ** 32),
      votes: 0,
      comments: 0,
    };
    if (status !== 'MERGED') targets.push(plan);
    plans.push(plan);
  }
  // Votes: Zipf-like, none on merged duplicates (a merge moves them), fewer on declined ideas.
  const voteCounts = spread(
    rng,
    plans.map((p) => (p.status === 'MERGED' ? 0 : p.status === 'DECLINED' ? 0.5 : 1)),
    plans.map((p) => Math.floor(audiences[p.space].length * 0.8)),
    options.votes,
  );
  const commentCounts = spread(
    rng,
    voteCounts.map((votes) => 1 + Math.sqrt(votes)),
    plans.map(() => 400),
    options.comments,
  );
  plans.forEach((p, i) => {
    p.votes = voteCounts[i];
    p.comments = commentCounts[i];
  });

  /**
   * Who voted, commented, followed and rated, drawn from the initiative's own seed: the same answer
   * each time, so the counters can be written with the initiative and the rows streamed afterwards
   * without holding a million votes in memory.
   */
  const activityOf = (p: PlannedInitiative): Activity => {
    const draw = new Rng(p.seed);
    const audience = audiences[p.space];
    const closedAt = p.status === 'DECLINED' || p.status === 'MERGED' ? p.moves[p.moves.length - 1] : now;
    const voters = draw.sample(audience, p.votes);
    const voteTimes = timesAfter(draw, p.createdAt, closedAt, voters.length);
    const followers = new Map<Person, number>([[p.author, p.createdAt]]);
    voters.forEach((voter, v) => followers.has(voter) || followers.set(voter, voteTimes[v]));
    const comments: Activity['comments'] = [];
    const topLevel: number[] = [];
    for (const time of timesAfter(draw, p.createdAt, now, p.comments)) {
      const author = voters.length && draw.chance(0.4) ? draw.pick(voters) : draw.pick(audience);
      // Replies one level deep: the parent is an earlier top-level comment of the same initiative.
      const parent = topLevel.length && draw.chance(0.3) ? draw.pick(topLevel) : null;
      if (parent === null) topLevel.push(comments.length);
      comments.push({ author, parent, time, hidden: draw.chance(0.01) });
      if (!followers.has(author)) followers.set(author, time);
    }
    // A merge moves the duplicate's followers to the target: merged ideas keep none.
    if (p.status === 'MERGED') followers.clear();
    const ratings: Activity['ratings'] = [];
    if (SPACES[p.space].kind === 'COMMUNITY' && (p.status === 'IN_PROGRESS' || p.status === 'IMPLEMENTED')) {
      // Prototypes get co-design ratings; about one in six disappoints (some enough to need review).
      const since = p.moves[p.journey.indexOf('IN_PROGRESS') - 1] ?? p.createdAt;
      const disappointing = draw.chance(0.15);
      const raters = draw.sample(audience, Math.min(audience.length, 5 + draw.int(50)));
      const times = timesAfter(draw, since, now, raters.length);
      raters.forEach((rater, r) =>
        ratings.push({ rater, stars: draw.pick(disappointing ? [1, 1, 2, 2, 3, 4] : [3, 4, 4, 5, 5]), time: times[r] }),
      );
    }
    const granted = (p.status === 'IMPLEMENTED' && draw.chance(0.15)) || (p.status === 'IN_PROGRESS' && draw.chance(0.02));
    const grantAt = granted ? Math.min(now, p.moves[p.moves.length - 1] + draw.int(10) * DAY) : null;
    return { voters, voteTimes, comments, followers, ratings, grantAt };
  };

  // Initiatives with their counters (recount_initiatives checks them at the end, and finds nothing
  // to rewrite: rewriting 100,000 rows would recompute every search document). Two COPYs at once;
  // merged duplicates last, once the initiatives they point to are committed.
  progress.stage('initiatives');
  const initiativeRow = (p: PlannedInitiative): Row => {
    const act = activityOf(p);
    const lastMove = p.moves.length ? p.moves[p.moves.length - 1] : p.createdAt;
    const lastComment = act.comments.length ? act.comments[act.comments.length - 1].time : p.createdAt;
    const ratingSum = act.ratings.reduce((sum, r) => sum + r.stars, 0);
    return [
      p.id,
      spaceIds[p.space],
      p.author.id,
      p.text.title,
      p.text.body,
      renderMarkdown(p.text.body), // as the app stores it when an idea is written
      p.text.orientation,
      textArray(p.text.tags),
      p.status,
      at(p.createdAt),
      at(lastMove),
      p.moves.length ? at(p.moves[0]) : null,
      at(Math.max(lastMove, lastComment)),
      p.mergedInto,
      act.voters.length,
      act.comments.filter((c) => !c.hidden).length,
      act.followers.size,
      act.ratings.length,
      ratingSum,
      trendingLog(act.voteTimes),
    ];
  };
  const copyInitiatives = async (client: Client, batch: PlannedInitiative[]) => {
    const writer = new CopyWriter(
      client,
      `COPY initiatives (id, space_id, author_id, title, body, body_html, orientation, tags, status, created_at, updated_at, first_response_at,
                         last_activity_at, merged_into_id, vote_count, comment_count, follower_count, rating_count, rating_sum, trending_log) FROM STDIN`,
    );
    for (const p of batch) {
      await writer.row(initiativeRow(p));
      progress.advance(1, 'initiatives');
    }
    await writer.end();
  };
  const kept = plans.filter((p) => p.status !== 'MERGED');
  const half = Math.ceil(kept.length / 2);
  await Promise.all([copyInitiatives(clients[0], kept.slice(0, half)), copyInitiatives(clients[1], kept.slice(half))]);
  await copyInitiatives(
    clients[0],
    plans.filter((p) => p.status === 'MERGED'),
  );

  // What hangs off the initiatives, one table after another in ONE transaction (the generator keeps
  // the other core busy). Their foreign keys are dropped for the load and added back, exactly as they
  // were, before the commit: PostgreSQL then checks each with one join instead of a lookup per row
  // (over four million for votes and follows alone), and a failed or killed seed rolls back to the
  // schema it found. Nothing on initiatives is touched and no trigger is disabled. While it runs, these
  // tables are locked: seed a database no server is using.
  const grants: { initiative: PlannedInitiative; at: number }[] = [];
  // Comments come from a few hundred phrases: each is rendered once, as the app stores it.
  const renderedComments = new Map<string, string>();
  const commentHtml = (body: string) => {
    let html = renderedComments.get(body);
    if (html === undefined) renderedComments.set(body, (html = renderMarkdown(body)));
    return html;
  };
  const ratable = (p: PlannedInitiative) =>
    SPACES[p.space].kind === 'COMMUNITY' && (p.status === 'IN_PROGRESS' || p.status === 'IMPLEMENTED');
  const loads: { table: string; columns: string; counted: boolean; rows: (p: PlannedInitiative) => Row[] }[] = [
    {
      table: 'status_changes',
      columns: 'initiative_id, from_status, to_status, note, by_id, at',
      counted: false,
      rows: (p) =>
        p.moves.map((time, m) => [
          p.id,
          p.journey[m],
          p.journey[m + 1],
          statusNote(rng, p.journey[m + 1], p.text.locale),
          rng.pick(managers).id,
          at(time),
        ]),
    },
    {
      table: 'votes',
      columns: 'initiative_id, user_id, created_at',
      counted: true,
      rows: (p) => {
        const act = activityOf(p);
        if (act.grantAt !== null) grants.push({ initiative: p, at: act.grantAt });
        return act.voters.map((voter, v) => [p.id, voter.id, at(act.voteTimes[v])]);
      },
    },
    {
      table: 'follows',
      columns: 'initiative_id, user_id, created_at',
      counted: false,
      rows: (p) => [...activityOf(p).followers].map(([person, time]) => [p.id, person.id, at(time)]),
    },
    {
      table: 'comments',
      columns: 'id, initiative_id, author_id, parent_id, body, body_html, hidden_at, hidden_by_id, created_at',
      counted: true,
      rows: (p) => {
        const act = activityOf(p);
        const ids = act.comments.map(() => randomUUID());
        return act.comments.map((comment, c) => {
          const body = commentText(rng, p.text.locale);
          return [
            ids[c],
            p.id,
            comment.author.id,
            comment.parent === null ? null : ids[comment.parent],
            body,
            commentHtml(body),
            comment.hidden ? at(Math.min(now, comment.time + 3600_000)) : null,
            comment.hidden ? rng.pick(managers).id : null,
            at(comment.time),
          ];
        });
      },
    },
    {
      table: 'ratings',
      columns: 'initiative_id, user_id, stars, created_at, updated_at',
      counted: false,
      rows: (p) => (ratable(p) ? activityOf(p).ratings.map((r) => [p.id, r.rater.id, r.stars, at(r.time), at(r.time)]) : []),
    },
  ];
  await db.query('BEGIN');
  try {
    const { rows: keys } = await db.query<{ tbl: string; name: string; definition: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY($1::regclass[])`,
      [loads.map((load) => load.table)],
    );
    for (const key of keys) await db.query(`ALTER TABLE ${key.tbl} DROP CONSTRAINT "${key.name}"`);
    // The two big tables' indexes (primary keys included; nothing references them) are rebuilt after
    // the load as well: one sorted build is five times faster than a million random inserts.
    const { rows: indexes } = await db.query<{
      tbl: string;
      name: string;
      definition: string;
      constraint: string | null;
      constraintDefinition: string | null;
    }>(
      `SELECT x.indrelid::regclass::text AS tbl, x.indexrelid::regclass::text AS name, pg_get_indexdef(x.indexrelid) AS definition,
              c.conname AS constraint, pg_get_constraintdef(c.oid) AS "constraintDefinition"
         FROM pg_index x LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u', 'x')
        WHERE x.indrelid = ANY ($1::regclass[])`,
      [['votes', 'follows']],
    );
    for (const index of indexes) {
      await db.query(index.constraint ? `ALTER TABLE ${index.tbl} DROP CONSTRAINT "${index.constraint}"` : `DROP INDEX ${index.name}`);
    }
    for (const load of loads) {
      progress.stage(load.table);
      const writer = new CopyWriter(db, `COPY ${load.table} (${load.columns}) FROM STDIN`);
      for (const p of plans) {
        const rows = load.rows(p);
        for (const row of rows) await writer.row(row);
        if (load.counted) progress.advance(rows.length, load.table);
      }
      await writer.end();
    }
    progress.stage('indexes and foreign keys');
    await db.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const index of indexes) {
      await db.query(
        index.constraint ? `ALTER TABLE ${index.tbl} ADD CONSTRAINT "${index.constraint}" ${index.constraintDefinition}` : index.definition,
      );
    }
    for (const key of keys) await db.query(`ALTER TABLE ${key.tbl} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }

  // Awards, granted with citations by managers.
  await db.query(
    `INSERT INTO awards (name, description, created_by_id) SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[]) ON CONFLICT ((lower(name))) DO NOTHING`,
    [AWARDS.map((a) => a.name), AWARDS.map((a) => a.description), AWARDS.map(() => managers[0].id)],
  );
  const { rows: awardRows } = await db.query<{ id: string }>('SELECT id FROM awards WHERE lower(name) = ANY($1) ORDER BY name', [
    AWARDS.map((a) => a.name.toLowerCase()),
  ]);
  if (grants.length) {
    await db.query(
      `INSERT INTO award_grants (award_id, initiative_id, granted_by_id, citation, granted_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])`,
      [
        grants.map(() => rng.pick(awardRows).id),
        grants.map((g) => g.initiative.id),
        grants.map(() => rng.pick(managers).id),
        grants.map((g) => awardCitation(rng, g.initiative.text.locale)),
        grants.map((g) => at(g.at)),
      ],
    );
  }

  // Counters from the rows, the review rule of RatingsService over every initiative, fresh statistics.
  progress.stage('counting');
  await db.query('SELECT recount_initiatives(NULL)');
  await db.query(
    `UPDATE initiatives i SET needs_review = true FROM spaces s
      WHERE s.id = i.space_id AND i.rating_count >= s.review_min_ratings AND i.rating_sum < s.review_below_average * i.rating_count
        AND NOT i.needs_review`,
  );
  // Search indexes took the new rows in large batches; merge them now, then fresh statistics.
  progress.stage('search indexes');
  const { rows: ginIndexes } = await db.query<{ name: string }>(
    `SELECT x.indexrelid::regclass::text AS name FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am am ON am.oid = c.relam
      WHERE x.indrelid = 'initiatives'::regclass AND am.amname = 'gin'`,
  );
  await inParallel(
    clients,
    ginIndexes.map(
      ({ name }) =>
        (client: Client) =>
          client.query('SELECT gin_clean_pending_list($1::regclass)', [name]),
    ),
  );
  progress.stage('analyzing');
  const tables = [
    'votes',
    'follows',
    'initiatives',
    'comments',
    'status_changes',
    'users',
    'ratings',
    'spaces',
    'space_members',
    'awards',
    'award_grants',
  ];
  await inParallel(
    clients,
    tables.map((table) => (client: Client) => client.query(`ANALYZE ${table}`)),
  );
  const counted = new Map<string, number>();
  await inParallel(
    clients,
    tables.map((table) => async (client: Client) => {
      counted.set(table, Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n));
    }),
  );
  const rows = Object.fromEntries(
    ['users', 'spaces', 'initiatives', 'status_changes', 'votes', 'follows', 'comments', 'ratings', 'award_grants'].map((t) => [
      t,
      counted.get(t) ?? 0,
    ]),
  );
  return { spaces: SPACES.map(({ slug, name }) => ({ slug, name })), firstUser: last + 1, lastUser: last + options.users, rows };
}
