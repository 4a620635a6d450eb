import { randomUUID } from 'node:crypto';
import { canSeeSpace, type InitiativeStatus, type SpaceAccess, type SpaceKind } from '@red-chair/domain';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hashPassword } from '../auth/passwords';
import {
  AWARDS,
  SEED_EMAIL_PATTERN,
  SEED_PASSWORD,
  Rng,
  awardCitation,
  commentText,
  finalStatus,
  initiativeText,
  seedPerson,
  spread,
  statusJourney,
  statusNote,
  timesAfter,
  type SeedOptions,
  type SeedPerson,
} from './seed-data';

/**
 * `npm run seed`: fills a migrated database with a year of realistic activity, in bulk. Rows go
 * through COPY (a few large statements per table, so statement-level triggers on initiatives fire a
 * handful of times, not once per row); votes, follows, comments and ratings stream at once on four
 * connections from one pass over the initiatives. Counters are not computed here: the database
 * recounts them from the rows at the end (recount_initiatives), as the app itself would keep them.
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
  { slug: 'seed-idees', name: 'Idées clients', description: 'Toutes les idées des équipes pour nos clients et nos collègues.', kind: 'INTERNAL', access: 'OPEN', share: 0.9 },
  { slug: 'seed-communaute', name: 'Communauté clients', description: 'Clients et équipes imaginent ensemble les services de demain.', kind: 'COMMUNITY', access: 'OPEN', share: 0.06 },
  { slug: 'seed-silver-club', name: 'Silver Club', description: 'A small club of senior customers who test prototypes first.', kind: 'COMMUNITY', access: 'INVITE_ONLY', share: 0.02 },
  { slug: 'seed-lab-sinistres', name: 'Lab sinistres', description: 'Claims team only: ideas on the claims journey before they go public.', kind: 'INTERNAL', access: 'INVITE_ONLY', share: 0.02 },
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
  commentTimes: number[];
  votes: number;
}

/** COPY text format: backslash, tab and line breaks escaped; \N is NULL. */
const field = (value: string | number | null): string => {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
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

  async row(fields: (string | number | null)[]): Promise<void> {
    const line = `${fields.map(field).join('\t')}\n`;
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve, reject) => {
      this.stream.once('drain', resolve);
      this.stream.once('error', reject);
    });
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.finished;
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  // Seed rows can be regenerated: no need to wait for each commit to reach the disk.
  await client.query('SET synchronous_commit = off');
  return client;
}

export async function seedDatabase(url: string, options: SeedOptions, progress: SeedProgress, randomSeed = 2026): Promise<SeedReport> {
  const clients = await Promise.all([0, 1, 2, 3].map(() => connect(url)));
  try {
    return await seed(clients, options, progress, new Rng(randomSeed));
  } finally {
    progress.stop();
    await Promise.all(clients.map((client) => client.end()));
  }
}

async function seed(clients: Client[], options: SeedOptions, progress: SeedProgress, rng: Rng): Promise<SeedReport> {
  const [db] = clients;
  const { rows: [{ existing }] } = await db.query<{ existing: number }>('SELECT count(*)::int AS existing FROM users');
  if (existing > 0 && !options.force) {
    throw new SeedRefusedError(`the database already holds ${existing} people; run again with --force to add the seed data to it`);
  }
  progress.start(options.users + options.initiatives + options.votes + options.comments);
  const now = Date.now();
  const yearAgo = now - 365 * DAY;

  // People: numbered after any earlier seed run; one password hash for all (argon2 is slow on purpose).
  progress.stage('people');
  const { rows: [{ last }] } = await db.query<{ last: number }>(
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
    await users.row([person.id, person.email, person.displayName, person.role, person.locale, passwordHash, at(yearAgo - rng.int(400) * DAY)]);
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
    return new Set([...rng.sample(invited, Math.max(3, Math.ceil(invited.length * 0.08))), managers[0]]);
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
  progress.stage('initiatives');
  const plans: PlannedInitiative[] = [];
  const created = timesAfter(rng, yearAgo, now - 3600_000, options.initiatives, 0.8);
  const openBySpace: PlannedInitiative[][] = SPACES.map(() => []);
  for (const createdAt of created) {
    let roll = rng.next();
    const space = Math.max(0, SPACES.findIndex((candidate) => (roll -= candidate.share) < 0));
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
      commentTimes: [],
      votes: 0,
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
  const closedAt = (p: PlannedInitiative) => (p.status === 'DECLINED' || p.status === 'MERGED' ? p.moves[p.moves.length - 1] : now);
  plans.forEach((p, i) => {
    p.votes = voteCounts[i];
    p.commentTimes = timesAfter(rng, p.createdAt, now, commentCounts[i]);
  });

  const initiatives = new CopyWriter(
    db,
    `COPY initiatives (id, space_id, author_id, title, body, orientation, tags, status, created_at, updated_at, first_response_at,
                       last_activity_at, merged_into_id) FROM STDIN`,
  );
  const locales = new Map<PlannedInitiative, string>();
  for (const p of plans) {
    const text = initiativeText(rng);
    locales.set(p, text.locale);
    const lastMove = p.moves.length ? p.moves[p.moves.length - 1] : p.createdAt;
    const lastComment = p.commentTimes.length ? p.commentTimes[p.commentTimes.length - 1] : p.createdAt;
    await initiatives.row([
      p.id,
      spaceIds[p.space],
      p.author.id,
      text.title,
      text.body,
      text.orientation,
      textArray(text.tags),
      p.status,
      at(p.createdAt),
      at(lastMove),
      p.moves.length ? at(p.moves[0]) : null,
      at(Math.max(lastMove, lastComment)),
      p.mergedInto,
    ]);
  }
  await initiatives.end();
  progress.advance(options.initiatives, 'status history');

  const changes = new CopyWriter(db, 'COPY status_changes (initiative_id, from_status, to_status, note, by_id, at) FROM STDIN');
  for (const p of plans) {
    const locale = locales.get(p) === 'fr' ? 'fr' : 'en';
    for (let m = 0; m < p.moves.length; m += 1) {
      await changes.row([p.id, p.journey[m], p.journey[m + 1], statusNote(rng, p.journey[m + 1], locale), rng.pick(managers).id, at(p.moves[m])]);
    }
  }
  await changes.end();

  // One pass over the initiatives feeds four COPYs at once.
  progress.stage('votes, comments, follows');
  const [, second, third, fourth] = clients;
  const votes = new CopyWriter(db, 'COPY votes (initiative_id, user_id, created_at) FROM STDIN');
  const follows = new CopyWriter(second, 'COPY follows (initiative_id, user_id, created_at) FROM STDIN');
  const comments = new CopyWriter(third, 'COPY comments (id, initiative_id, author_id, parent_id, body, hidden_at, hidden_by_id, created_at) FROM STDIN');
  const ratings = new CopyWriter(fourth, 'COPY ratings (initiative_id, user_id, stars, created_at, updated_at) FROM STDIN');
  const grants: { initiative: PlannedInitiative; at: number }[] = [];
  for (const p of plans) {
    const audience = audiences[p.space];
    const locale = locales.get(p) === 'fr' ? 'fr' : 'en';
    const followed = new Map<Person, number>([[p.author, p.createdAt]]);
    const voters = rng.sample(audience, p.votes);
    const voteTimes = timesAfter(rng, p.createdAt, closedAt(p), voters.length);
    for (const [v, voter] of voters.entries()) {
      await votes.row([p.id, voter.id, at(voteTimes[v])]);
      if (!followed.has(voter)) followed.set(voter, voteTimes[v]);
    }
    const topLevel: { id: string }[] = [];
    for (const time of p.commentTimes) {
      const id = randomUUID();
      const author = voters.length && rng.chance(0.4) ? rng.pick(voters) : rng.pick(audience);
      const parent = topLevel.length && rng.chance(0.3) ? rng.pick(topLevel) : null;
      if (!parent) topLevel.push({ id });
      const hidden = rng.chance(0.01);
      const hiddenAt = hidden ? at(Math.min(now, time + 3600_000)) : null;
      await comments.row([id, p.id, author.id, parent?.id ?? null, commentText(rng, locale), hiddenAt, hidden ? rng.pick(managers).id : null, at(time)]);
      if (!followed.has(author)) followed.set(author, time);
    }
    // A merge moves the duplicate's followers to the target: merged ideas keep none.
    if (p.status !== 'MERGED') for (const [person, time] of followed) await follows.row([p.id, person.id, at(time)]);
    if (SPACES[p.space].kind === 'COMMUNITY' && (p.status === 'IN_PROGRESS' || p.status === 'IMPLEMENTED')) {
      // Prototypes get co-design ratings; about one in six disappoints (some enough to need review).
      const since = p.moves[p.journey.indexOf('IN_PROGRESS') - 1] ?? p.createdAt;
      const disappointing = rng.chance(0.15);
      const raters = rng.sample(audience, Math.min(audience.length, 5 + rng.int(50)));
      const times = timesAfter(rng, since, now, raters.length);
      for (const [r, rater] of raters.entries()) {
        const stars = rng.pick(disappointing ? [1, 1, 2, 2, 3, 4] : [3, 4, 4, 5, 5]);
        await ratings.row([p.id, rater.id, stars, at(times[r]), at(times[r])]);
      }
    }
    if ((p.status === 'IMPLEMENTED' && rng.chance(0.15)) || (p.status === 'IN_PROGRESS' && rng.chance(0.02))) {
      grants.push({ initiative: p, at: Math.min(now, p.moves[p.moves.length - 1] + rng.int(10) * DAY) });
    }
    progress.advance(1 + p.votes + p.commentTimes.length, 'votes, comments, follows');
  }
  progress.advance(-options.initiatives, 'votes, comments, follows'); // the initiatives were counted above
  await Promise.all([votes.end(), follows.end(), comments.end(), ratings.end()]);

  // Awards, granted with citations by managers.
  await db.query(
    `INSERT INTO awards (name, description, created_by_id) SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[]) ON CONFLICT ((lower(name))) DO NOTHING`,
    [AWARDS.map((a) => a.name), AWARDS.map((a) => a.description), AWARDS.map(() => managers[0].id)],
  );
  const { rows: awardRows } = await db.query<{ id: string }>('SELECT id FROM awards WHERE lower(name) = ANY($1) ORDER BY name', [AWARDS.map((a) => a.name.toLowerCase())]);
  if (grants.length) {
    await db.query(
      `INSERT INTO award_grants (award_id, initiative_id, granted_by_id, citation, granted_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])`,
      [
        grants.map(() => rng.pick(awardRows).id),
        grants.map((g) => g.initiative.id),
        grants.map(() => rng.pick(managers).id),
        grants.map((g) => awardCitation(rng, locales.get(g.initiative) === 'fr' ? 'fr' : 'en')),
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
  progress.stage('analyzing');
  await db.query('ANALYZE');
  const rows: Record<string, number> = {};
  for (const table of ['users', 'spaces', 'initiatives', 'status_changes', 'votes', 'follows', 'comments', 'ratings', 'award_grants']) {
    rows[table] = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  }
  return { spaces: SPACES.map(({ slug, name }) => ({ slug, name })), firstUser: last + 1, lastUser: last + options.users, rows };
}
