import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordResets1795994337167 implements MigrationInterface {
  name = 'PasswordResets1795994337167';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "purpose" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "chk_password_reset_tokens_purpose" CHECK (purpose IN ('RESET', 'WELCOME')), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_password_reset_tokens_user_created" ON "password_reset_tokens" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "ux_password_reset_tokens_hash" ON "password_reset_tokens" ("token_hash") `);
    await queryRunner.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "fk_password_reset_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "fk_password_reset_tokens_user"`);
    await queryRunner.query(`DROP INDEX "public"."ux_password_reset_tokens_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_password_reset_tokens_user_created"`);
    await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
  }
}
