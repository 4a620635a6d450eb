import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeTags } from '@red-chair/domain';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { decodeCursor, toPage, type Page } from '../common/pagination';
import type { Viewer } from '../auth/viewer';
import { visibleSpaceSql } from '../spaces/space-visibility';
import type { InitiativeFilter, InitiativesArgs } from './dto/initiatives.args';
import { InitiativeEntity } from './initiative.entity';

/** created_at at full microsecond precision: a JS Date would round it and break keyset paging. */
const CURSOR_AT = `to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

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
    if (filter.authorId) query.andWhere('i.author_id = :authorId', { authorId: filter.authorId });
    const [tag] = normalizeTags(filter.tag ? [filter.tag] : []);
    if (tag) query.andWhere(':tag = ANY(i.tags)', { tag });
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
    const rowsQuery = filtered.clone();
    if (args.after) {
      const [at, id] = decodeCursor(args.after, ['string', 'string']);
      rowsQuery.andWhere('(i.created_at, i.id) < (:at::timestamptz, :cursorId::uuid)', { at, cursorId: id });
    }
    const { entities, raw } = await rowsQuery
      .addSelect(CURSOR_AT, 'cursor_at')
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(args.first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    return toPage(entities, args.first, totalCount, (initiative, index) => [raw[index].cursor_at, initiative.id]);
  }
}
