import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeTags } from '@red-chair/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { InvalidInputError } from '../common/errors';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import type { Viewer } from '../auth/viewer';
import { visibleSpaceSql } from '../spaces/space-visibility';
import type { InitiativeFilter, InitiativesArgs } from './dto/initiatives.args';
import { InitiativeEntity } from './initiative.entity';
import { InitiativeSort } from './initiative.model';

/** A timestamp at full microsecond precision: a JS Date would round it and break keyset paging. */
const exactTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

interface SortKey {
  expression: string;
  sqlType: 'timestamptz' | 'integer' | 'double precision';
  cursorType: 'string' | 'number';
  cursorSelect: string;
}

/** The indexed search document of an initiative (SQL function initiative_document, see the migration). */
const DOCUMENT = 'initiative_document(i.title, i.body)';

const timeKey = (column: string): SortKey => ({ expression: column, sqlType: 'timestamptz', cursorType: 'string', cursorSelect: exactTime(column) });
const numberKey = (expression: string, sqlType: SortKey['sqlType']): SortKey => ({ expression, sqlType, cursorType: 'number', cursorSelect: expression });

/**
 * Ranks are float4: they are widened to float8 both for ordering and for the cursor, so the value a
 * cursor carries compares equal to the row it came from.
 *
 * Every sort runs one way (descending; OLDEST ascending) on its keys then on id, so cursors page
 * stably through ties.
 * TRENDING: initiatives without votes (NULL score) come last, newest first.
 */
const SORT_KEYS: Record<InitiativeSort, SortKey[]> = {
  [InitiativeSort.NEWEST]: [timeKey('i.created_at')],
  [InitiativeSort.MOST_VOTED]: [numberKey('i.vote_count', 'integer'), timeKey('i.created_at')],
  [InitiativeSort.TRENDING]: [numberKey('coalesce(i.trending_log, -1e300)', 'double precision'), timeKey('i.created_at')],
  [InitiativeSort.RECENT_ACTIVITY]: [timeKey('i.last_activity_at')],
  [InitiativeSort.OLDEST]: [timeKey('i.created_at')],
  [InitiativeSort.RELEVANCE]: [numberKey(`ts_rank(${DOCUMENT}, initiative_query(:search))::double precision`, 'double precision'), timeKey('i.created_at')],
};

/** Searching ranks by relevance unless the client chose another order than the default. */
function effectiveSort(args: InitiativesArgs): InitiativeSort {
  const searching = Boolean(args.filter?.search);
  if (args.sort === InitiativeSort.RELEVANCE) return searching ? InitiativeSort.RELEVANCE : InitiativeSort.NEWEST;
  return searching && args.sort === InitiativeSort.NEWEST ? InitiativeSort.RELEVANCE : args.sort;
}

/** SQL that is more than a find: the feed, with visibility applied in the query itself. */
@Injectable()
export class InitiativesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Initiatives whose space the viewer may see; everything else does not exist for them. */
  visible(viewer: Viewer, manager: EntityManager = this.db.manager): SelectQueryBuilder<InitiativeEntity> {
    return manager
      .getRepository(InitiativeEntity)
      .createQueryBuilder('i')
      .innerJoin('spaces', 's', 's.id = i.space_id')
      .where(visibleSpaceSql('s', viewer), { viewerId: viewer.id });
  }

  findVisibleById(viewer: Viewer, id: string): Promise<InitiativeEntity | null> {
    return this.visible(viewer).andWhere('i.id = :id', { id }).getOne();
  }

  /** Inside a transaction: the row locked (not its space) until commit, so concurrent moves serialise. */
  lockVisibleById(tx: EntityManager, viewer: Viewer, id: string): Promise<InitiativeEntity | null> {
    return this.visible(viewer, tx).andWhere('i.id = :id', { id }).setLock('pessimistic_write', undefined, ['i']).getOne();
  }

  private applyFilter(query: SelectQueryBuilder<InitiativeEntity>, filter: InitiativeFilter | null | undefined) {
    if (!filter) return query;
    if (filter.spaceId) query.andWhere('i.space_id = :spaceId', { spaceId: filter.spaceId });
    if (filter.status?.length) query.andWhere('i.status IN (:...statuses)', { statuses: filter.status });
    if (filter.orientation) query.andWhere('i.orientation = :orientation', { orientation: filter.orientation });
    if (filter.challengeId) query.andWhere('i.challenge_id = :challengeId', { challengeId: filter.challengeId });
    if (filter.authorId) query.andWhere('i.author_id = :authorId', { authorId: filter.authorId });
    const [tag] = normalizeTags(filter.tag ? [filter.tag] : []);
    if (tag) query.andWhere(':tag = ANY(i.tags)', { tag });
    if (filter.search) query.andWhere(`${DOCUMENT} @@ initiative_query(:search)`, { search: filter.search });
    if (typeof filter.needsReview === 'boolean') query.andWhere('i.needs_review = :needsReview', { needsReview: filter.needsReview });
    if (typeof filter.awaitingResponse === 'boolean') {
      // isAwaitingResponse (libs/domain) in SQL, so the filter pages and counts in the database.
      const awaiting = `(i.status = 'SUBMITTED' AND i.created_at + make_interval(days => s.response_sla_days) <= now())`;
      query.andWhere(filter.awaitingResponse ? awaiting : `NOT ${awaiting}`);
    }
    return query;
  }

  /** One page: two statements (rows, count) whatever the page size. */
  async page(viewer: Viewer, args: InitiativesArgs): Promise<Page<InitiativeEntity>> {
    const filtered = this.applyFilter(this.visible(viewer), args.filter);
    const totalCount = await filtered.clone().getCount();
    const sort = effectiveSort(args);
    const keys = SORT_KEYS[sort];
    const direction = sort === InitiativeSort.OLDEST ? 'ASC' : 'DESC';
    const rowsQuery = filtered.clone();
    if (args.after) {
      // The sort's name leads the cursor, so a cursor of one order is refused by another.
      const [cursorSort, ...values] = decodeCursor(args.after, ['string', ...keys.map((key) => key.cursorType), 'string']);
      if (cursorSort !== sort) throw new InvalidInputError({ after: 'is a cursor of another order of this list' });
      // All keys go one way, so "after" is one row comparison, tie-broken by id.
      const left = [...keys.map((key) => key.expression), 'i.id'].join(', ');
      const right = [...keys.map((key, n) => `CAST(:k${n} AS ${key.sqlType})`), 'CAST(:cursorId AS uuid)'].join(', ');
      const parameters = Object.fromEntries(keys.map((_, n) => [`k${n}`, values[n]]));
      rowsQuery.andWhere(`(${left}) ${direction === 'DESC' ? '<' : '>'} (${right})`, { ...parameters, cursorId: values[keys.length] });
    }
    keys.forEach((key, n) => {
      rowsQuery.addSelect(key.cursorSelect, `cursor_${n}`);
      rowsQuery.addOrderBy(key.expression, direction);
    });
    const { entities, raw } = await rowsQuery
      .addOrderBy('i.id', direction)
      .limit(args.first + 1)
      .getRawAndEntities<Record<string, string | number>>();
    return toPage(entities, args.first, totalCount, (initiative, index) => [
      sort,
      ...keys.map((key, n) => (key.cursorType === 'number' ? Number(raw[index][`cursor_${n}`]) : String(raw[index][`cursor_${n}`]))),
      initiative.id,
    ]);
  }

  /**
   * Ideas like the one being typed, in one space: any shared stemmed word (French or English, no
   * accents) or a close title (trigrams). Never MERGED ones; best first.
   */
  similar(viewer: Viewer, spaceId: string, text: string, first: number): Promise<InitiativeEntity[]> {
    return this.visible(viewer)
      .andWhere('i.space_id = :spaceId', { spaceId })
      .andWhere(`i.status <> 'MERGED'`)
      .andWhere(`(${DOCUMENT} @@ initiative_any_query(:text) OR rc_unaccent(lower(i.title)) % rc_unaccent(lower(:text)))`, { text })
      .orderBy(`ts_rank(${DOCUMENT}, initiative_any_query(:text)) + similarity(rc_unaccent(lower(i.title)), rc_unaccent(lower(:text)))`, 'DESC')
      .addOrderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(first)
      .getMany();
  }
}
