import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationComment1795461893112 implements MigrationInterface {
  name = 'NotificationComment1795461893112';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "comment_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "fk_notifications_comment" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_comment"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "comment_id"`);
  }
}
