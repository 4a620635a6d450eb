import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1796020000000 implements MigrationInterface {
  name = 'Invitations1796020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "space_id" uuid NOT NULL, "email" text NOT NULL, "invited_by_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_invitations_token_hash" ON "invitations" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "ix_invitations_space_created" ON "invitations" ("space_id", "created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_space" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitations" ADD CONSTRAINT "fk_invitations_accepted_by" FOREIGN KEY ("accepted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_accepted_by"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_invited_by"`);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_space"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitations_space_created"`);
    await queryRunner.query(`DROP INDEX "public"."ux_invitations_token_hash"`);
    await queryRunner.query(`DROP TABLE "invitations"`);
  }
}
