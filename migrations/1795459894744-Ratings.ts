import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ratings1795459894744 implements MigrationInterface {
  name = 'Ratings1795459894744';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "chk_initiatives_counts"`);
    await queryRunner.query(
      `CREATE TABLE "ratings" ("initiative_id" uuid NOT NULL, "user_id" uuid NOT NULL, "stars" smallint NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_ratings_comment_length" CHECK (comment IS NULL OR char_length(comment) <= 1000), CONSTRAINT "chk_ratings_stars" CHECK (stars BETWEEN 1 AND 5), CONSTRAINT "PK_6782e2ba5cbe1416c98297a9510" PRIMARY KEY ("initiative_id", "user_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "rating_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "rating_sum" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "needs_review" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "chk_initiatives_counters" CHECK (vote_count >= 0 AND comment_count >= 0 AND follower_count >= 0 AND rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count)`,
    );
    await queryRunner.query(
      `ALTER TABLE "ratings" ADD CONSTRAINT "fk_ratings_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ratings" ADD CONSTRAINT "fk_ratings_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "fk_ratings_user"`);
    await queryRunner.query(`ALTER TABLE "ratings" DROP CONSTRAINT "fk_ratings_initiative"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "chk_initiatives_counters"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "needs_review"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "rating_sum"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "rating_count"`);
    await queryRunner.query(`DROP TABLE "ratings"`);
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "chk_initiatives_counts" CHECK (((vote_count >= 0) AND (comment_count >= 0) AND (follower_count >= 0)))`,
    );
  }
}
