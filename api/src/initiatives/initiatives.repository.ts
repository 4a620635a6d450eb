import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { normalizeTags } from '@red-chair/domain';

import { NotFoundError } from '../common/errors';
import { idKey, Keyset, numberKey, timeKey, type CursorColumns, type Page, type SortKey } from '../common/pagination';
import { preparedQuery } from '../common/prepared';
import { SqlParameters } from '../common/sql';
import type { Viewer } from '../common/viewer';
import { autoFollowSpaceSql } from '../follows/space-followers';
import { personCanSeeSpaceSql, visibleSpaceSqlPositional } from '../spaces/space-visibility';
import type { SpaceEntity } from '../spaces/space.entity';
import type { UserEntity } from '../users/user.entity';
import { userColumns, userFromRow } from '../users/users.repository';
import type { InitiativeFilter, InitiativesArgs } from './dto/initiatives.args';
import type { InitiativeEntity } from './initiative.entity';
import { InitiativeSort } from './initiative.model';
import type { StatusChangeModel } from './status-change.model';

/**
 * An initiative as reads return it: its columns (the body only where asked for), with what every
 * page shows computed in the same statement: its space and author, the awaiting-response rule, and
 * the viewer's own vote, follow and rating. So a feed page is one statement, whatever its size.
 */
export interface InitiativeRow extends Omit<
  InitiativeEntity,
  'body' | 'bodyHtml' | 'searchDocument' | 'space' | 'author' | 'challenge' | 'mergedInto'
> {
  body?: string;
  bodyHtml?: string | null;
  awaitingResponse: boolean;
  responseDueAt: Date;
  viewerHasVoted: boolean;
  viewerIsFollowing: boolean;
  viewerRating: number | null;
  space: SpaceEntity;
  author: UserEntity;
}

/** Beyond this many matches a filtered count stops and says "10,000+" (totalCountExact: false). */
export const COUNT_CAP = 10_000;

/** How many of the closest titles similarInitiatives ranks. */
const SIMILAR_CANDIDATES = 200;

/** The stored full-text document (see the FeedAtScale migration); `$search` is the query's parameter. */
const rankOf = (search: string) => `ts_rank(i.search_document, initiative_query(${search}))::double precision`;

/**
 * Every sort runs one way (descending; OLDEST ascending) on its keys then on id, so cursors page
 * stably through ties, and each (but RELEVANCE) is an index of its space read in order
 * (ix_initiatives_space_*), so a page deep in the list costs what the first one does.
 * Ranks are float4: widened to float8 both for ordering and for the cursor, so the value a cursor
 * carries compares equal to the row it came from.
 * TRENDING: initiatives without votes (NULL score) come last, newest first.
 */
const sortKeys = (sort: InitiativeSort, search: () => string): SortKey[] => [...orderKeys(sort, search), idKey('i.id')];

const orderKeys = (sort: InitiativeSort, search: () => string): SortKey[] => {
  switch (sort) {
    case InitiativeSort.MOST_VOTED:
      return [numberKey('i.vote_count', 'integer'), timeKey('i.created_at')];
    case InitiativeSort.TRENDING:
      return [numberKey('coalesce(i.trending_log, -1e300)', 'double precision'), timeKey('i.created_at')];
    case InitiativeSort.RECENT_ACTIVITY:
      return [timeKey('i.last_activity_at')];
    case InitiativeSort.RELEVANCE:
      return [numberKey(rankOf(search()), 'double precision'), timeKey('i.created_at')];
    case InitiativeSort.NEWEST:
    case InitiativeSort.OLDEST:
      return [timeKey('i.created_at')];
  }
};

/** Searching ranks by relevance unless the client chose another order than the default. */
function effectiveSort(args: InitiativesArgs): InitiativeSort {
  const searching = Boolean(args.filter?.search);
  if (args.sort === InitiativeSort.RELEVANCE) return searching ? InitiativeSort.RELEVANCE : InitiativeSort.NEWEST;
  return searching && args.sort === InitiativeSort.NEWEST ? InitiativeSort.RELEVANCE : args.sort;
}

/** Every column of InitiativeEntity but the body and the search document, as its properties. */
const CARD_COLUMNS = `i.id, i.space_id AS "spaceId", i.author_id AS "authorId", i.title,
  i.orientation, i.tags, i.status, i.vote_count AS "voteCount", i.comment_count AS "commentCount",
  i.follower_count AS "followerCount", i.rating_count AS "ratingCount", i.rating_sum AS "ratingSum",
  i.needs_review AS "needsReview", i.trending_log AS "trendingLog", i.challenge_id AS "challengeId",
  i.merged_into_id AS "mergedIntoId", i.first_response_at AS "firstResponseAt", i.created_at AS "createdAt",
  i.last_activity_at AS "lastActivityAt", i.updated_at AS "updatedAt"`;
const BODY_COLUMNS = 'i.body, i.body_html AS "bodyHtml"';
const ENTITY_COLUMNS = `${CARD_COLUMNS}, ${BODY_COLUMNS}`;

/** The columns of InitiativeRow that come from `initiatives i JOIN spaces s`. */
function initiativeColumns(withBody: boolean): string {
  return `${withBody ? ENTITY_COLUMNS : CARD_COLUMNS},
    initiative_awaiting_response(i.status, i.created_at, s.response_sla_days) AS "awaitingResponse",
    initiative_response_due_at(i.created_at, s.response_sla_days) AS "responseDueAt",
    s.slug AS "s.slug", s.name AS "s.name", s.description AS "s.description", s.kind AS "s.kind", s.access AS "s.access",
    s.response_sla_days AS "s.responseSlaDays", s.review_below_average AS "s.reviewBelowAverage",
    s.review_min_ratings AS "s.reviewMinRatings", s.created_by_id AS "s.createdById", s.created_at AS "s.createdAt"`;
}

/**
 * The rest of InitiativeRow, for the initiative `id`: the viewer's marks (`$viewer` is their id) and
 * the author from `users u`. Marks are scalar subqueries on primary keys: written as EXISTS they
 * may be planned as a hash of all the viewer's votes, thousands of rows for an active person, where
 * a page needs 21 key lookups.
 */
function viewerAndAuthorColumns(id: string, viewer: string): string {
  return `coalesce((SELECT true FROM votes mv WHERE mv.initiative_id = ${id} AND mv.user_id = ${viewer}), false) AS "viewerHasVoted",
    coalesce((SELECT true FROM follows mf WHERE mf.initiative_id = ${id} AND mf.user_id = ${viewer}), false) AS "viewerIsFollowing",
    (SELECT mr.stars FROM ratings mr WHERE mr.initiative_id = ${id} AND mr.user_id = ${viewer}) AS "viewerRating",
    ${userColumns('u', 'u.')}`;
}

/** A row as PostgreSQL returns it: the space's and author's columns prefixed with `s.` and `u.`. */
type RawRow = Omit<InitiativeRow, 'space' | 'author'> & Record<`s.${string}` | `u.${string}`, unknown>;

/**
 * Lifts the joined space and author out of a raw row, into the shapes their models read. Written
 * out field by field: deleting keys would turn every row into a slow dictionary object.
 */
function toInitiativeRow(raw: RawRow): InitiativeRow {
  return {
    id: raw.id,
    spaceId: raw.spaceId,
    authorId: raw.authorId,
    title: raw.title,
    ...(raw.body === undefined ? {} : { body: raw.body, bodyHtml: raw.bodyHtml }),
    orientation: raw.orientation,
    tags: raw.tags,
    status: raw.status,
    voteCount: raw.voteCount,
    commentCount: raw.commentCount,
    followerCount: raw.followerCount,
    ratingCount: raw.ratingCount,
    ratingSum: raw.ratingSum,
    needsReview: raw.needsReview,
    trendingLog: raw.trendingLog,
    challengeId: raw.challengeId,
    mergedIntoId: raw.mergedIntoId,
    firstResponseAt: raw.firstResponseAt,
    createdAt: raw.createdAt,
    lastActivityAt: raw.lastActivityAt,
    updatedAt: raw.updatedAt,
    awaitingResponse: raw.awaitingResponse,
    responseDueAt: raw.responseDueAt,
    viewerHasVoted: raw.viewerHasVoted,
    viewerIsFollowing: raw.viewerIsFollowing,
    viewerRating: raw.viewerRating,
    space: {
      id: raw.spaceId,
      slug: raw['s.slug'],
      name: raw['s.name'],
      description: raw['s.description'],
      kind: raw['s.kind'],
      access: raw['s.access'],
      responseSlaDays: raw['s.responseSlaDays'],
      reviewBelowAverage: Number(raw['s.reviewBelowAverage']), // numeric arrives as text
      reviewMinRatings: raw['s.reviewMinRatings'],
      createdById: raw['s.createdById'],
      createdAt: raw['s.createdAt'],
    } as SpaceEntity,
    author: userFromRow(raw, 'u.'),
  };
}

const FROM = 'initiatives i JOIN spaces s ON s.id = i.space_id JOIN users u ON u.id = i.author_id';

type StatusChangeRow = Record<`by.${string}`, unknown> & {
  id: string;
  initiative_id: string;
  from_status: StatusChangeModel['from'];
  to_status: StatusChangeModel['to'];
  note: string | null;
  by_id: string;
  at: Date;
};

/** SQL that is more than a find: the feed, search, similar ideas; visibility applied in the query itself. */
@Injectable()
export class InitiativesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Inside a transaction: the row locked (not its space) until commit, so concurrent moves
   * serialise; NOT_FOUND when it does not exist or lives in a space the viewer cannot see.
   */
  async lockVisible(tx: EntityManager, viewer: Viewer, id: string, what = 'This initiative'): Promise<InitiativeEntity> {
    const rows: InitiativeEntity[] = await tx.query(
      `SELECT ${ENTITY_COLUMNS} FROM initiatives i JOIN spaces s ON s.id = i.space_id
        WHERE i.id = $2 AND ${visibleSpaceSqlPositional('s', viewer, 1)} FOR UPDATE OF i`,
      [viewer.id, id],
    );
    if (!rows[0]) throw new NotFoundError(what);
    return rows[0];
  }

  /** Visible initiatives by id, body included (one statement); the others are absent. */
  async findRows(
    viewer: Pick<Viewer, 'id' | 'role'>,
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<InitiativeRow[]> {
    const params = new SqlParameters();
    const viewerId = params.add(viewer.id);
    const rows = await preparedQuery<RawRow>(
      this.db,
      manager,
      `SELECT ${initiativeColumns(true)}, ${viewerAndAuthorColumns('i.id', viewerId)} FROM ${FROM}
        WHERE i.id = ANY(${params.add(ids)}::uuid[]) AND ${visibleSpaceSqlPositional('s', viewer, 1)}`,
      params.values,
    );
    return rows.map(toInitiativeRow);
  }

  /** The initiative as the viewer sees it, or null when it is hidden or gone (live updates stop there). */
  async findRow(viewer: Viewer, id: string, manager?: EntityManager): Promise<InitiativeRow | null> {
    return (await this.findRows(viewer, [id], manager))[0] ?? null;
  }

  /**
   * The initiative as each of these viewers sees it (their own vote, follow and rating), in one
   * statement whatever their number; a viewer who may not see it (or the initiative gone) is absent.
   * A live event is loaded this way once for everyone subscribed to it.
   */
  async findRowForViewers(
    viewers: readonly Pick<Viewer, 'id' | 'role'>[],
    id: string,
  ): Promise<{ viewerId: string; viewerRole: string; row: InitiativeRow }[]> {
    const rows: (RawRow & { viewerId: string; viewerRole: string })[] = await this.db.query(
      `SELECT ${initiativeColumns(true)}, v.id AS "viewerId", v.role AS "viewerRole", ${viewerAndAuthorColumns('i.id', 'v.id')}
        FROM ${FROM} CROSS JOIN unnest($1::uuid[], $2::text[]) AS v (id, role)
        WHERE i.id = $3 AND ${personCanSeeSpaceSql('s', 'v')}`,
      [viewers.map((viewer) => viewer.id), viewers.map((viewer) => viewer.role), id],
    );
    return rows.map((raw) => ({ viewerId: raw.viewerId, viewerRole: raw.viewerRole, row: toInitiativeRow(raw) }));
  }

  /**
   * The initiative as the viewer sees it, or NOT_FOUND. After a write, pass the transaction that
   * changed it, so the answer shows the change.
   */
  async findVisible(viewer: Viewer, id: string, manager?: EntityManager): Promise<InitiativeRow> {
    const row = await this.findRow(viewer, id, manager);
    if (!row) throw new NotFoundError('This initiative');
    return row;
  }

  /**
   * Follower rows and `follower_count` change in one statement, the counter moving only when a row
   * really appeared or disappeared, so it equals the rows under any concurrency. Authors, voters and
   * commenters follow inside their own use case's transaction.
   */
  async addFollower(tx: EntityManager, initiativeId: string, userId: string): Promise<void> {
    await tx.query(
      `WITH added AS (INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1)
       UPDATE initiatives SET follower_count = follower_count + 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM added)`,
      [initiativeId, userId],
    );
  }

  /**
   * A participant (author, commenter) follows the initiative and its space, in one statement; an
   * earlier unfollow of the space stays.
   */
  async addParticipant(tx: EntityManager, initiativeId: string, userId: string): Promise<void> {
    await tx.query(
      `WITH added AS (INSERT INTO follows (initiative_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1),
            space_followed AS (${autoFollowSpaceSql('SELECT space_id FROM initiatives WHERE id = $1', '$2')})
       UPDATE initiatives SET follower_count = follower_count + 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM added)`,
      [initiativeId, userId],
    );
  }

  async removeFollower(tx: EntityManager, initiativeId: string, userId: string): Promise<void> {
    await tx.query(
      `WITH removed AS (DELETE FROM follows WHERE initiative_id = $1 AND user_id = $2 RETURNING 1)
       UPDATE initiatives SET follower_count = follower_count - 1 WHERE id = $1 AND EXISTS (SELECT 1 FROM removed)`,
      [initiativeId, userId],
    );
  }

  /**
   * A merge: the duplicate's votes and followers (its author among them) move to the target, once
   * per person, and both initiatives' counters are recomputed from the rows. Both rows are locked by
   * the caller, so nobody votes meanwhile.
   */
  async moveSupport(tx: EntityManager, source: Pick<InitiativeEntity, 'id' | 'authorId'>, targetId: string): Promise<void> {
    await tx.query(
      `INSERT INTO votes (initiative_id, user_id, created_at)
       SELECT $2::uuid, user_id, created_at FROM votes WHERE initiative_id = $1
       ON CONFLICT DO NOTHING`,
      [source.id, targetId],
    );
    await tx.query(
      `INSERT INTO follows (initiative_id, user_id, created_at)
       SELECT $2::uuid, user_id, created_at FROM follows WHERE initiative_id = $1
       UNION SELECT $2::uuid, $3::uuid, now()
       ON CONFLICT DO NOTHING`,
      [source.id, targetId, source.authorId],
    );
    await tx.query('DELETE FROM votes WHERE initiative_id = $1', [source.id]);
    await tx.query('DELETE FROM follows WHERE initiative_id = $1', [source.id]);
    await tx.query('SELECT recount_initiatives($1::uuid[])', [[source.id, targetId]]);
    await tx.query('UPDATE initiatives SET last_activity_at = now() WHERE id = ANY($1::uuid[])', [[source.id, targetId]]);
  }

  /** Whether other initiatives were merged into this one (it then stays, for their links). */
  async hasMergedDuplicates(tx: EntityManager, id: string): Promise<boolean> {
    const [{ merged }]: { merged: boolean }[] = await tx.query(
      'SELECT EXISTS (SELECT 1 FROM initiatives WHERE merged_into_id = $1) AS merged',
      [id],
    );
    return merged;
  }

  /** Bodies of initiatives already loaded without them (feed rows). */
  bodies(ids: readonly string[]): Promise<{ id: string; body: string; bodyHtml: string | null }[]> {
    return this.db.query('SELECT id, body, body_html AS "bodyHtml" FROM initiatives WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** Every answer to these initiatives, oldest first, with the manager who gave it (for the users loader). */
  async statusHistory(initiativeIds: readonly string[]): Promise<(StatusChangeModel & { initiativeId: string; by: UserEntity })[]> {
    const rows = await preparedQuery<StatusChangeRow>(
      this.db,
      this.db.manager,
      `SELECT sc.id, sc.initiative_id, sc.from_status, sc.to_status, sc.note, sc.by_id, sc.at, ${userColumns('b', 'by.')}
         FROM status_changes sc JOIN users b ON b.id = sc.by_id
        WHERE sc.initiative_id = ANY($1::uuid[]) ORDER BY sc.at, sc.id`,
      [initiativeIds],
    );
    return rows.map((row) => ({
      id: row.id,
      initiativeId: row.initiative_id,
      from: row.from_status,
      to: row.to_status,
      note: row.note,
      byId: row.by_id,
      at: row.at,
      by: userFromRow(row, 'by.'),
    }));
  }

  /** The WHERE clause of a filter, visibility first. */
  private where(viewer: Viewer, params: SqlParameters, filter: InitiativeFilter | null | undefined): string {
    const conditions = [visibleSpaceSqlPositional('s', viewer, 1)];
    if (filter?.spaceId) conditions.push(`i.space_id = ${params.add(filter.spaceId)}`);
    if (filter?.status?.length) conditions.push(`i.status = ANY(${params.add(filter.status)}::text[])`);
    if (filter?.orientation) conditions.push(`i.orientation = ${params.add(filter.orientation)}`);
    if (filter?.challengeId) conditions.push(`i.challenge_id = ${params.add(filter.challengeId)}`);
    if (filter?.authorId) conditions.push(`i.author_id = ${params.add(filter.authorId)}`);
    const [tag] = normalizeTags(filter?.tag ? [filter.tag] : []);
    if (tag) conditions.push(`${params.add(tag)} = ANY(i.tags)`);
    if (filter?.search) conditions.push(`i.search_document @@ initiative_query(${params.add(filter.search)})`);
    if (typeof filter?.needsReview === 'boolean') conditions.push(`i.needs_review = ${params.add(filter.needsReview)}`);
    if (typeof filter?.awaitingResponse === 'boolean') {
      conditions.push(`${filter.awaitingResponse ? '' : 'NOT '}initiative_awaiting_response(i.status, i.created_at, s.response_sla_days)`);
    }
    return conditions.join(' AND ');
  }

  /**
   * The total a list shows. Filters by space, status and orientation read the counters the
   * triggers keep (space_initiative_counts): a handful of rows, exact. Any other filter counts
   * matching rows up to COUNT_CAP, then says "more" rather than scanning everything.
   */
  private totalSql(viewer: Viewer, params: SqlParameters, filter: InitiativeFilter | null | undefined): { sql: string; capped: boolean } {
    const countable =
      !filter || Object.entries(filter).every(([key, value]) => value == null || ['spaceId', 'status', 'orientation'].includes(key));
    if (!countable) {
      const sql = `SELECT count(*)::int AS total FROM (SELECT 1 FROM initiatives i JOIN spaces s ON s.id = i.space_id
        WHERE ${this.where(viewer, params, filter)} LIMIT ${COUNT_CAP + 1}) matching`;
      return { sql, capped: true };
    }
    const conditions = [visibleSpaceSqlPositional('s', viewer, 1)];
    if (filter?.spaceId) conditions.push(`c.space_id = ${params.add(filter.spaceId)}`);
    if (filter?.status?.length) conditions.push(`c.status = ANY(${params.add(filter.status)}::text[])`);
    if (filter?.orientation) conditions.push(`c.orientation = ${params.add(filter.orientation)}`);
    const sql = `SELECT coalesce(sum(c.count), 0)::int AS total FROM space_initiative_counts c JOIN spaces s ON s.id = c.space_id
      WHERE ${conditions.join(' AND ')}`;
    return { sql, capped: false };
  }

  /** One page and its total in one statement, whatever the page size. */
  async page(viewer: Viewer, args: InitiativesArgs): Promise<Page<InitiativeRow> & { totalCountExact: boolean }> {
    const params = new SqlParameters();
    const viewerId = params.add(viewer.id);
    const sort = effectiveSort(args);
    let searchParam: string | undefined;
    // The sort's name leads the cursor, so a cursor of one order is refused by another.
    const keyset = new Keyset(
      sortKeys(sort, () => (searchParam ??= params.add(args.filter?.search))),
      sort === InitiativeSort.OLDEST ? 'ASC' : 'DESC',
      sort,
    );
    const conditions = [this.where(viewer, params, args.filter)];
    if (args.after) conditions.push(keyset.after(args.after, params));
    const order = keyset.orderBy;
    // RELEVANCE ranks every match anyway: on its first page, counting them in the same pass is free.
    const countInPage = sort === InitiativeSort.RELEVANCE && !args.after;
    const total = countInPage ? null : this.totalSql(viewer, params, args.filter);
    // The page is chosen on its sort keys alone (a ranked search sorts every match: narrow rows sort
    // fast); only its 21 rows then get their columns, author and the viewer's marks.
    // The total rides along, so an empty page (past the end) still carries it.
    const pageColumns = [keyset.cursorColumnsOf('ranked'), 'ranked.ord', ...(countInPage ? ['ranked.total'] : [])].join(', ');
    const rows = await preparedQuery<RawRow & { total: number; ord: number | null } & CursorColumns>(
      this.db,
      this.db.manager,
      `WITH ${total ? `total AS (${total.sql}),` : ''}
            ranked AS (SELECT i.id, ${keyset.cursorColumns}, row_number() OVER (ORDER BY ${order}) AS ord
                              ${countInPage ? ', count(*) OVER ()::int AS total' : ''}
                         FROM initiatives i JOIN spaces s ON s.id = i.space_id
                        WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${args.first + 1}),
            page AS (SELECT ${pageColumns}, ${initiativeColumns(false)}, ${viewerAndAuthorColumns('i.id', viewerId)}
                       FROM ranked JOIN ${FROM} ON i.id = ranked.id)
       ${total ? 'SELECT total.total, page.* FROM total LEFT JOIN page ON true' : 'SELECT * FROM page'}`,
      params.values,
    );
    const counted = rows[0]?.total ?? 0;
    const totalCountExact = !total?.capped || counted <= COUNT_CAP;
    // In the page's order (a join does not promise to keep it; sorting 21 rows here spares a Sort node).
    const found = rows.filter((row) => row.id !== null).sort((a, b) => Number(a.ord) - Number(b.ord));
    const page = keyset.page(found, args.first, totalCountExact ? counted : COUNT_CAP, toInitiativeRow);
    return { ...page, totalCountExact };
  }

  /**
   * Ideas like the one being typed, in one space: any shared stemmed word (French or English, no
   * accents) or a close title (trigrams). Never MERGED ones; best first.
   * The candidates are the SIMILAR_CANDIDATES closest titles, read in order from the trigram GiST
   * index (a nearest-neighbour scan that stops there), then ranked by words and title together:
   * ranking every idea that shares a common word would read a good part of a busy space.
   */
  async similar(viewer: Viewer, spaceId: string, text: string, first: number): Promise<InitiativeRow[]> {
    const params = new SqlParameters();
    const viewerId = params.add(viewer.id);
    const draft = params.add(text);
    const rows: RawRow[] = await this.db.query(
      `WITH candidates AS (
         SELECT i.id FROM initiatives i WHERE i.space_id = ${params.add(spaceId)} AND i.status <> 'MERGED'
          ORDER BY rc_unaccent(lower(i.title)) <-> rc_unaccent(lower(${draft})) LIMIT ${SIMILAR_CANDIDATES})
       SELECT ${initiativeColumns(false)}, ${viewerAndAuthorColumns('i.id', viewerId)} FROM candidates JOIN ${FROM} ON i.id = candidates.id
        WHERE ${visibleSpaceSqlPositional('s', viewer, 1)}
          AND (i.search_document @@ initiative_any_query(${draft}) OR rc_unaccent(lower(i.title)) % rc_unaccent(lower(${draft})))
        ORDER BY ts_rank(i.search_document, initiative_any_query(${draft})) + similarity(rc_unaccent(lower(i.title)), rc_unaccent(lower(${draft}))) DESC,
                 i.created_at DESC, i.id DESC
        LIMIT ${params.add(first)}`,
      params.values,
    );
    return rows.map(toInitiativeRow);
  }
}
