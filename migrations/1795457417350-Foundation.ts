import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795457417350 implements MigrationInterface {
  name = 'Foundation1795457417350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_failures" ("id" BIGSERIAL NOT NULL, "email_lower" text NOT NULL, "client_address" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_address_at" ON "sign_in_failures" ("client_address", "at") `);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_email_at" ON "sign_in_failures" ("email_lower", "at") `);
    await queryRunner.query(
      `CREATE TABLE "account_lockouts" ("email_lower" text NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a52c5820e9b1449567019ae762a" PRIMARY KEY ("email_lower"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" text NOT NULL, "locale" text NOT NULL DEFAULT 'en', "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deactivated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_users_email_length" CHECK (char_length(email) BETWEEN 3 AND 254), CONSTRAINT "chk_users_display_name_length" CHECK (char_length(display_name) BETWEEN 2 AND 80), CONSTRAINT "chk_users_locale" CHECK (locale IN ('en', 'fr')), CONSTRAINT "chk_users_role" CHECK (role IN ('EMPLOYEE', 'CUSTOMER', 'MANAGER', 'ADMIN')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    // Emails are unique case-insensitively; an expression index TypeORM cannot declare.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_users_email_lower" ON "users" (lower("email"))`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "client_address" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sessions_user_id" ON "sessions" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "kind" text NOT NULL, "access" text NOT NULL, "response_sla_days" integer NOT NULL DEFAULT '14', "review_below_average" numeric(3,2) NOT NULL DEFAULT '3', "review_min_ratings" integer NOT NULL DEFAULT '25', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_spaces_review_min_ratings" CHECK (review_min_ratings >= 1), CONSTRAINT "chk_spaces_review_below_average" CHECK (review_below_average BETWEEN 1 AND 5), CONSTRAINT "chk_spaces_response_sla_days" CHECK (response_sla_days BETWEEN 0 AND 365), CONSTRAINT "chk_spaces_description_length" CHECK (char_length(description) <= 2000), CONSTRAINT "chk_spaces_name_length" CHECK (char_length(name) BETWEEN 2 AND 80), CONSTRAINT "chk_spaces_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 2 AND 60), CONSTRAINT "chk_spaces_access" CHECK (access IN ('OPEN', 'INVITE_ONLY')), CONSTRAINT "chk_spaces_kind" CHECK (kind IN ('INTERNAL', 'COMMUNITY')), CONSTRAINT "PK_dbe542974aca57afcb60709d4c8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_spaces_slug" ON "spaces" ("slug") `);
    await queryRunner.query(
      `CREATE TABLE "space_members" ("space_id" uuid NOT NULL, "user_id" uuid NOT NULL, "added_by_id" uuid, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a1d79ecdb8370f1e6d3463c0926" PRIMARY KEY ("space_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_space_members_user_id" ON "space_members" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiatives" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "orientation" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'SUBMITTED', "vote_count" integer NOT NULL DEFAULT '0', "comment_count" integer NOT NULL DEFAULT '0', "follower_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_initiatives_counts" CHECK (vote_count >= 0 AND comment_count >= 0 AND follower_count >= 0), CONSTRAINT "chk_initiatives_tags" CHECK (cardinality(tags) <= 5), CONSTRAINT "chk_initiatives_body_length" CHECK (char_length(body) BETWEEN 1 AND 20000), CONSTRAINT "chk_initiatives_title_length" CHECK (char_length(title) BETWEEN 5 AND 140), CONSTRAINT "chk_initiatives_orientation" CHECK (orientation IN ('CUSTOMER', 'EMPLOYEE')), CONSTRAINT "chk_initiatives_status" CHECK (status IN ('SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED')), CONSTRAINT "PK_6f2f191bc885b9c50400a8b10d8" PRIMARY KEY ("id"))`,
    );
    // filter.tag: "tag = ANY(tags)" and tags @> ARRAY[tag] use this GIN index.
    await queryRunner.query(`CREATE INDEX "ix_initiatives_tags" ON "initiatives" USING gin ("tags")`);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_author_id" ON "initiatives" ("author_id") `);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_created" ON "initiatives" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_initiatives_space_created" ON "initiatives" ("space_id", "created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "spaces" ADD CONSTRAINT "fk_spaces_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_members" ADD CONSTRAINT "fk_space_members_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_members" ADD CONSTRAINT "fk_space_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "space_members" ADD CONSTRAINT "fk_space_members_added_by" FOREIGN KEY ("added_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "fk_initiatives_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "initiatives" ADD CONSTRAINT "fk_initiatives_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "fk_initiatives_author"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP CONSTRAINT "fk_initiatives_space"`);
    await queryRunner.query(`ALTER TABLE "space_members" DROP CONSTRAINT "fk_space_members_added_by"`);
    await queryRunner.query(`ALTER TABLE "space_members" DROP CONSTRAINT "fk_space_members_user"`);
    await queryRunner.query(`ALTER TABLE "space_members" DROP CONSTRAINT "fk_space_members_space"`);
    await queryRunner.query(`ALTER TABLE "spaces" DROP CONSTRAINT "fk_spaces_created_by"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_space_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_author_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_tags"`);
    await queryRunner.query(`DROP TABLE "initiatives"`);
    await queryRunner.query(`DROP INDEX "public"."ix_space_members_user_id"`);
    await queryRunner.query(`DROP TABLE "space_members"`);
    await queryRunner.query(`DROP INDEX "public"."uq_spaces_slug"`);
    await queryRunner.query(`DROP TABLE "spaces"`);
    await queryRunner.query(`DROP INDEX "public"."uq_sessions_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sessions_user_id"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."uq_users_email_lower"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "account_lockouts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failures_email_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_failures_address_at"`);
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
  }
}
