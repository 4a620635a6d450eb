import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A new kind of mail: the owner of an address someone tried to sign up with is told (docs/api.md#sessions). */
export class AccountExistsMail1796041300000 implements MigrationInterface {
  name = 'AccountExistsMail1796041300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "chk_outbox_messages_kind"`);
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD CONSTRAINT "chk_outbox_messages_kind" CHECK (kind IN ('PASSWORD_RESET', 'INVITATION', 'NOTIFICATION', 'DIGEST', 'CUSTOMER_VOICE', 'ACCOUNT_EXISTS'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "outbox_messages" WHERE kind = 'ACCOUNT_EXISTS'`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "chk_outbox_messages_kind"`);
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD CONSTRAINT "chk_outbox_messages_kind" CHECK (kind IN ('PASSWORD_RESET', 'INVITATION', 'NOTIFICATION', 'DIGEST', 'CUSTOMER_VOICE'))`,
    );
  }
}
