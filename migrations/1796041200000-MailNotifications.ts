import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailNotifications1796041200000 implements MigrationInterface {
  name = 'MailNotifications1796041200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "space_follows" ("space_id" uuid NOT NULL, "user_id" uuid NOT NULL, "following" boolean NOT NULL DEFAULT true, "notify_on_new_initiatives" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_69d776cc036dba049e891d12fe1" PRIMARY KEY ("space_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_space_follows_user_id" ON "space_follows" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "email_frequency" text NOT NULL DEFAULT 'INSTANT'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "time_zone" text NOT NULL DEFAULT 'UTC'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "unsubscribe_version" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "users" ADD "last_digest_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "mailed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE INDEX "ix_notifications_unmailed" ON "notifications" ("recipient_id", "created_at") WHERE mailed_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "chk_users_email_frequency" CHECK (email_frequency IN ('INSTANT', 'DAILY', 'WEEKLY', 'NEVER'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_follows" ADD CONSTRAINT "fk_space_follows_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_follows" ADD CONSTRAINT "fk_space_follows_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "chk_notifications_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "chk_notifications_kind" CHECK (kind IN ('STATUS_CHANGED', 'COMMENTED', 'AWARDED', 'MERGED', 'NEEDS_REVIEW', 'CHALLENGE_OPENED', 'INITIATIVE_PROPOSED'))`,
    );
    // What was told before mail existed is not mailed now: the history stays in the bell only.
    await queryRunner.query(`UPDATE "notifications" SET "mailed_at" = "created_at"`);
    // Whoever proposed, voted or commented in a space follows it (members follow without a row).
    await queryRunner.query(
      `INSERT INTO "space_follows" ("space_id", "user_id")
       SELECT i.space_id, p.user_id
         FROM (SELECT id AS initiative_id, author_id AS user_id FROM initiatives
               UNION SELECT initiative_id, user_id FROM votes
               UNION SELECT initiative_id, author_id FROM comments) p
         JOIN initiatives i ON i.id = p.initiative_id
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE "kind" = 'INITIATIVE_PROPOSED'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "chk_notifications_kind"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "chk_notifications_kind" CHECK (kind IN ('STATUS_CHANGED', 'COMMENTED', 'AWARDED', 'MERGED', 'NEEDS_REVIEW', 'CHALLENGE_OPENED'))`,
    );
    await queryRunner.query(`ALTER TABLE "space_follows" DROP CONSTRAINT "fk_space_follows_user"`);
    await queryRunner.query(`ALTER TABLE "space_follows" DROP CONSTRAINT "fk_space_follows_space"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "chk_users_email_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_unmailed"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "mailed_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_digest_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "unsubscribe_version"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "time_zone"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "email_frequency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_space_follows_user_id"`);
    await queryRunner.query(`DROP TABLE "space_follows"`);
  }
}
