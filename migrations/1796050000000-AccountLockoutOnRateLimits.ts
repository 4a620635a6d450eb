import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-account lockout is now one of the sign-in limits of rate-limiter-flexible (`rate_limits`, or Redis
 * when REDIS_URL is set, shared by every instance): its own tables go. Locks in progress end with them.
 */
export class AccountLockoutOnRateLimits1796050000000 implements MigrationInterface {
  name = 'AccountLockoutOnRateLimits1796050000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_lockouts"`);
    await queryRunner.query(`DROP TABLE "sign_in_failures"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sign_in_failures" ("id" BIGSERIAL NOT NULL, "email_lower" text NOT NULL, "client_address" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa4e2048c06590424ef01bfd171" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_address_at" ON "sign_in_failures" ("client_address", "at") `);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_failures_email_at" ON "sign_in_failures" ("email_lower", "at") `);
    await queryRunner.query(
      `CREATE TABLE "account_lockouts" ("email_lower" text NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a52c5820e9b1449567019ae762a" PRIMARY KEY ("email_lower"))`,
    );
  }
}
