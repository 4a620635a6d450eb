import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentsAndNotifications1795458951426 implements MigrationInterface {
  name = 'CommentsAndNotifications1795458951426';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "author_id" uuid NOT NULL, "parent_id" uuid, "body" text NOT NULL, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by_id" uuid, "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_comments_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id), CONSTRAINT "chk_comments_body_length" CHECK (char_length(body) <= 5000), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_comments_author_id" ON "comments" ("author_id") `);
    await queryRunner.query(`CREATE INDEX "ix_comments_parent_id" ON "comments" ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "ix_comments_initiative_created" ON "comments" ("initiative_id", "created_at", "id") `);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "initiative_id" uuid, "actor_id" uuid, "status" text, "detail" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_notifications_kind" CHECK (kind IN ('STATUS_CHANGED', 'COMMENTED', 'AWARDED', 'MERGED', 'NEEDS_REVIEW', 'CHALLENGE_OPENED')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_notifications_unread" ON "notifications" ("recipient_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_notifications_recipient_created" ON "notifications" ("recipient_id", "created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_parent" FOREIGN KEY ("parent_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "fk_comments_hidden_by" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_actor"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_initiative"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_recipient"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_hidden_by"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_parent"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_author"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP CONSTRAINT "fk_comments_initiative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_recipient_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notifications_unread"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_initiative_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_parent_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_comments_author_id"`);
    await queryRunner.query(`DROP TABLE "comments"`);
  }
}
