import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VotesAndFollows1795458448211 implements MigrationInterface {
  name = 'VotesAndFollows1795458448211';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Trending (see VotesService): a vote cast at t weighs e^((t − 2026-01-01) / 72 h); sums are kept
    // as logarithms so they never overflow. IMMUTABLE and PARALLEL SAFE: pure arithmetic.
    await queryRunner.query(`CREATE FUNCTION trending_x(at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN (extract(epoch FROM at) - 1767225600) / 259200.0`);
    // ln(e^a + e^b), NULL standing for the empty sum.
    await queryRunner.query(`CREATE FUNCTION log_add_exp(a double precision, b double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a
                  ELSE greatest(a, b) + ln(1 + exp(-abs(a - b))) END`);
    // ln(e^a − e^b) for b ≤ a; clamped so rounding never takes the log of zero or less.
    await queryRunner.query(`CREATE FUNCTION log_sub_exp(a double precision, b double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN b IS NULL THEN a ELSE a + ln(greatest(1 - exp(least(b - a, 0)), 1e-12)) END`);
    await queryRunner.query(
      `CREATE TABLE "follows" ("initiative_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6a5c6151f2d8b2354198b922bc" PRIMARY KEY ("initiative_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_follows_user_id" ON "follows" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "votes" ("initiative_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2eb8f98d9a81d443c10f3db8eec" PRIMARY KEY ("initiative_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_votes_user_id" ON "votes" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "trending_log" double precision`);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    // Existing initiatives were last active when last written, not when this migration ran.
    await queryRunner.query(`UPDATE "initiatives" SET "last_activity_at" = greatest("created_at", "updated_at")`);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_space_activity" ON "initiatives" ("space_id", "last_activity_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_space_votes" ON "initiatives" ("space_id", "vote_count", "created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "fk_follows_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "follows" ADD CONSTRAINT "fk_follows_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "fk_votes_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "votes" ADD CONSTRAINT "fk_votes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION log_sub_exp(double precision, double precision)`);
    await queryRunner.query(`DROP FUNCTION log_add_exp(double precision, double precision)`);
    await queryRunner.query(`DROP FUNCTION trending_x(timestamptz)`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "fk_votes_user"`);
    await queryRunner.query(`ALTER TABLE "votes" DROP CONSTRAINT "fk_votes_initiative"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "fk_follows_user"`);
    await queryRunner.query(`ALTER TABLE "follows" DROP CONSTRAINT "fk_follows_initiative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_space_votes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_space_activity"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "last_activity_at"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "trending_log"`);
    await queryRunner.query(`DROP INDEX "public"."ix_votes_user_id"`);
    await queryRunner.query(`DROP TABLE "votes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_follows_user_id"`);
    await queryRunner.query(`DROP TABLE "follows"`);
  }
}
