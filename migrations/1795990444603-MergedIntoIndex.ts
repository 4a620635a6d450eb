import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MergedIntoIndex1795990444603 implements MigrationInterface {
  name = 'MergedIntoIndex1795990444603';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "ix_initiatives_merged_into_id" ON "initiatives" ("merged_into_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_initiatives_merged_into_id"`);
  }
}
