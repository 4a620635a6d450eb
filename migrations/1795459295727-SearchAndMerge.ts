import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchAndMerge1795459295727 implements MigrationInterface {
  name = 'SearchAndMerge1795459295727';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Search (InitiativesRepository): French and English stems, accent-insensitive, ranked, indexed.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`);
    // unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes it indexable.
    await queryRunner.query(`CREATE FUNCTION rc_unaccent(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN public.unaccent('public.unaccent'::regdictionary, value)`);
    // The document: the title weighs more than the body; each stemmed in both languages.
    await queryRunner.query(`CREATE FUNCTION initiative_document(title text, body text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN setweight(to_tsvector('english'::regconfig, rc_unaccent(title)), 'A')
          || setweight(to_tsvector('french'::regconfig, rc_unaccent(title)), 'A')
          || setweight(to_tsvector('english'::regconfig, rc_unaccent(body)), 'B')
          || setweight(to_tsvector('french'::regconfig, rc_unaccent(body)), 'B')`);
    // A search box query (quotes, OR, -word), matching in either language.
    await queryRunner.query(`CREATE FUNCTION initiative_query(search text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN websearch_to_tsquery('english'::regconfig, rc_unaccent(search))
          || websearch_to_tsquery('french'::regconfig, rc_unaccent(search))`);
    // Similar ideas: any of the words of a draft.
    await queryRunner.query(`CREATE FUNCTION initiative_any_query(draft text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN replace(plainto_tsquery('english'::regconfig, rc_unaccent(draft))::text, ' & ', ' | ')::tsquery
          || replace(plainto_tsquery('french'::regconfig, rc_unaccent(draft))::text, ' & ', ' | ')::tsquery`);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_search" ON "initiatives" USING gin (initiative_document("title", "body"))`);
    await queryRunner.query(
      `CREATE INDEX "ix_initiatives_title_trgm" ON "initiatives" USING gin (rc_unaccent(lower("title")) gin_trgm_ops)`,
    );
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "merged_into_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "chk_initiatives_merged_into" CHECK ((status = 'MERGED') = (merged_into_id IS NOT NULL) AND merged_into_id IS DISTINCT FROM id)`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "fk_initiatives_merged_into" FOREIGN KEY ("merged_into_id") REFERENCES "initiatives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "fk_initiatives_merged_into"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "chk_initiatives_merged_into"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "merged_into_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_title_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_search"`);
    await queryRunner.query(`DROP FUNCTION initiative_any_query(text)`);
    await queryRunner.query(`DROP FUNCTION initiative_query(text)`);
    await queryRunner.query(`DROP FUNCTION initiative_document(text, text)`);
    await queryRunner.query(`DROP FUNCTION rc_unaccent(text)`);
  }
}
