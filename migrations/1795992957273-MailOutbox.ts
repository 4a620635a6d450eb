import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1795992957273 implements MigrationInterface {
  name = 'MailOutbox1795992957273';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid, "to_address" text NOT NULL, "kind" text NOT NULL, "subject" text NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "headers" jsonb NOT NULL DEFAULT '{}', "state" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "lease_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, CONSTRAINT "chk_outbox_messages_kind" CHECK (kind IN ('PASSWORD_RESET', 'INVITATION', 'NOTIFICATION', 'DIGEST', 'CUSTOMER_VOICE')), CONSTRAINT "chk_outbox_messages_state" CHECK (state IN ('PENDING', 'SENT', 'FAILED', 'NOT_SENT')), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outbox_messages_created" ON "outbox_messages" ("created_at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD CONSTRAINT "fk_outbox_messages_recipient" FOREIGN KEY ("recipient_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "fk_outbox_messages_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_created"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
  }
}
