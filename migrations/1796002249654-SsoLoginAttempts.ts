import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SsoLoginAttempts1796002249654 implements MigrationInterface {
  name = 'SsoLoginAttempts1796002249654';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sso_login_attempts" ("state_hash" bytea NOT NULL, "code_verifier" text NOT NULL, "nonce" text NOT NULL, "return_to" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9ce55b853c5ec1a23c4ae287bc1" PRIMARY KEY ("state_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sso_login_attempts_expires_at" ON "sso_login_attempts" ("expires_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_sso_login_attempts_expires_at"`);
    await queryRunner.query(`DROP TABLE "sso_login_attempts"`);
  }
}
