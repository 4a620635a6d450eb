import type { MigrationInterface, QueryRunner } from 'typeorm';

import { renderMarkdown } from '../api/src/markdown/markdown';

/** Renders the Markdown of existing rows in batches, the way the app now does when they are written. */
async function renderExisting(queryRunner: QueryRunner, table: 'initiatives' | 'comments'): Promise<void> {
  for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
    const rows: { id: string; body: string }[] = await queryRunner.query(
      `SELECT id, body FROM ${table} WHERE id > $1 ORDER BY id LIMIT 2000`,
      [after],
    );
    if (!rows.length) return;
    await queryRunner.query(
      `UPDATE ${table} t SET body_html = r.html FROM unnest($1::uuid[], $2::text[]) AS r(id, html) WHERE t.id = r.id`,
      [rows.map((row) => row.id), rows.map((row) => (row.body ? renderMarkdown(row.body) : ''))],
    );
    after = rows[rows.length - 1].id;
  }
}

/**
 * What the feed, the initiative page and search need at 100,000 initiatives:
 * - Markdown rendered once, when written (body_html), not on every read;
 * - the full-text document stored (search_document), so ranking reads it instead of rebuilding it;
 * - TRENDING served by an index on its own sort expression, like the other sorts;
 * - similar ideas from the nearest titles (a GiST trigram index) instead of every shared word;
 * - totalCount from counters per space, status and orientation kept by triggers, not a scan of the
 *   space on every page;
 * - the awaiting-response rule (libs/domain isAwaitingResponse) as one SQL function.
 */
export class FeedAtScale1795982075993 implements MigrationInterface {
  name = 'FeedAtScale1795982075993';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // NULL means "not rendered yet": readers render it then (rows written by raw SQL, e.g. fixtures).
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "body_html" text`);
    await queryRunner.query(`ALTER TABLE "comments" ADD "body_html" text`);
    await renderExisting(queryRunner, 'initiatives');
    await renderExisting(queryRunner, 'comments');

    await queryRunner.query(`DROP INDEX "ix_initiatives_search"`);
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD "search_document" tsvector GENERATED ALWAYS AS (initiative_document(title, body)) STORED NOT NULL`,
    );
    // TypeORM reads a generated column's expression from its metadata table, keyed by database name.
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value")
       VALUES (current_database(), 'public', 'initiatives', 'GENERATED_COLUMN', 'search_document', 'initiative_document(title, body)')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_initiatives_search_document" ON "initiatives" USING gin ("search_document")`);

    // The TRENDING key exactly as InitiativesRepository writes it: no votes (NULL) sorts last.
    await queryRunner.query(
      `CREATE INDEX "ix_initiatives_space_trending" ON "initiatives" ("space_id", (coalesce("trending_log", -1e300)), "created_at", "id")`,
    );

    // Similar ideas read the closest titles in order (nearest neighbours), which GIN cannot do.
    await queryRunner.query(`DROP INDEX "ix_initiatives_title_trgm"`);
    await queryRunner.query(
      `CREATE INDEX "ix_initiatives_title_trgm_gist" ON "initiatives" USING gist (rc_unaccent(lower("title")) gist_trgm_ops)`,
    );

    await queryRunner.query(`CREATE FUNCTION initiative_awaiting_response(status text, created_at timestamptz, response_sla_days integer) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE
      RETURN status = 'SUBMITTED' AND created_at + make_interval(days => response_sla_days) <= now()`);

    await queryRunner.query(`CREATE TABLE "space_initiative_counts" (
      "space_id" uuid NOT NULL REFERENCES "spaces"("id") ON DELETE CASCADE,
      "status" text NOT NULL,
      "orientation" text NOT NULL,
      "count" integer NOT NULL CHECK ("count" >= 0),
      PRIMARY KEY ("space_id", "status", "orientation"))`);
    // Adds signed deltas: a missing counter row is made at zero first, so the CHECK holds at every step.
    await queryRunner.query(`CREATE FUNCTION space_initiative_counts_add(space_ids uuid[], statuses text[], orientations text[], deltas bigint[]) RETURNS void
      LANGUAGE sql AS $$
        INSERT INTO space_initiative_counts (space_id, status, orientation, count)
        SELECT DISTINCT d.space_id, d.status, d.orientation, 0 FROM unnest(space_ids, statuses, orientations) AS d(space_id, status, orientation)
        ORDER BY 1, 2, 3 ON CONFLICT DO NOTHING;
        UPDATE space_initiative_counts c SET count = c.count + d.n
          FROM (SELECT space_id, status, orientation, sum(n) AS n FROM unnest(space_ids, statuses, orientations, deltas) AS u(space_id, status, orientation, n)
                 GROUP BY 1, 2, 3 HAVING sum(n) <> 0) d
         WHERE c.space_id = d.space_id AND c.status = d.status AND c.orientation = d.orientation;
      $$`);
    // Inserts and deletes count once per statement (a bulk load touches each counter row once);
    // updates are counted per row, only when status, orientation or space really changed, so the
    // votes' and comments' updates of an initiative never reach the counters.
    await queryRunner.query(`CREATE FUNCTION space_initiative_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM space_initiative_counts_add(array_agg(space_id), array_agg(status), array_agg(orientation), array_agg(1::bigint)) FROM new_rows;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION space_initiative_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM space_initiative_counts_add(array_agg(space_id), array_agg(status), array_agg(orientation), array_agg(-1::bigint)) FROM old_rows;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION space_initiative_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM space_initiative_counts_add(ARRAY[OLD.space_id, NEW.space_id], ARRAY[OLD.status, NEW.status], ARRAY[OLD.orientation, NEW.orientation], ARRAY[-1, 1]::bigint[]);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "trg_initiatives_count_insert" AFTER INSERT ON "initiatives"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION space_initiative_counts_on_insert()`);
    await queryRunner.query(`CREATE TRIGGER "trg_initiatives_count_delete" AFTER DELETE ON "initiatives"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION space_initiative_counts_on_delete()`);
    await queryRunner.query(`CREATE TRIGGER "trg_initiatives_count_update" AFTER UPDATE OF "status", "orientation", "space_id" ON "initiatives"
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.orientation IS DISTINCT FROM NEW.orientation OR OLD.space_id IS DISTINCT FROM NEW.space_id)
      EXECUTE FUNCTION space_initiative_counts_on_update()`);
    await queryRunner.query(`INSERT INTO space_initiative_counts (space_id, status, orientation, count)
      SELECT space_id, status, orientation, count(*) FROM initiatives GROUP BY 1, 2, 3`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_initiatives_count_update" ON "initiatives"`);
    await queryRunner.query(`DROP TRIGGER "trg_initiatives_count_delete" ON "initiatives"`);
    await queryRunner.query(`DROP TRIGGER "trg_initiatives_count_insert" ON "initiatives"`);
    await queryRunner.query(`DROP FUNCTION space_initiative_counts_on_update()`);
    await queryRunner.query(`DROP FUNCTION space_initiative_counts_on_delete()`);
    await queryRunner.query(`DROP FUNCTION space_initiative_counts_on_insert()`);
    await queryRunner.query(`DROP FUNCTION space_initiative_counts_add(uuid[], text[], text[], bigint[])`);
    await queryRunner.query(`DROP TABLE "space_initiative_counts"`);
    await queryRunner.query(`DROP FUNCTION initiative_awaiting_response(text, timestamptz, integer)`);
    await queryRunner.query(`DROP INDEX "ix_initiatives_space_trending"`);
    await queryRunner.query(`DROP INDEX "ix_initiatives_title_trgm_gist"`);
    await queryRunner.query(
      `CREATE INDEX "ix_initiatives_title_trgm" ON "initiatives" USING gin (rc_unaccent(lower("title")) gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "ix_initiatives_search_document"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'initiatives' AND "name" = 'search_document'`,
    );
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "search_document"`);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_search" ON "initiatives" USING gin (initiative_document("title", "body"))`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "body_html"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "body_html"`);
  }
}
