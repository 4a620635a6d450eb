import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerVoiceMail1796007610588 implements MigrationInterface {
  name = 'CustomerVoiceMail1796007610588';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "last_voice_mail_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_voice_mail_at"`);
  }
}
