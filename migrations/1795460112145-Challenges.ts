import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Challenges1795460112145 implements MigrationInterface {
  name = 'Challenges1795460112145';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "title" text NOT NULL, "brief" text NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_challenges_brief_length" CHECK (char_length(brief) BETWEEN 1 AND 5000), CONSTRAINT "chk_challenges_title_length" CHECK (char_length(title) BETWEEN 5 AND 140), CONSTRAINT "chk_challenges_dates" CHECK (closes_at > opens_at), CONSTRAINT "PK_1e664e93171e20fe4d6125466af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_challenges_to_announce" ON "challenges" ("opens_at") WHERE opened_notified_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_challenges_space_opens" ON "challenges" ("space_id", "opens_at") `);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "challenge_id" uuid`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "challenge_id" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_challenge_id" ON "initiatives" ("challenge_id") `);
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "fk_challenges_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "challenges" ADD CONSTRAINT "fk_challenges_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "fk_initiatives_challenge" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_challenge" FOREIGN KEY ("challenge_id") REFERENCES "challenges"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_challenge"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "fk_initiatives_challenge"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP CONSTRAINT "fk_challenges_created_by"`);
    await queryRunner.query(`ALTER TABLE "challenges" DROP CONSTRAINT "fk_challenges_space"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_challenge_id"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "challenge_id"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "challenge_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenges_space_opens"`);
    await queryRunner.query(`DROP INDEX "public"."ix_challenges_to_announce"`);
    await queryRunner.query(`DROP TABLE "challenges"`);
  }
}
