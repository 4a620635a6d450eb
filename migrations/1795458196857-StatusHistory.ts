import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatusHistory1795458196857 implements MigrationInterface {
  name = 'StatusHistory1795458196857';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "from_status" text NOT NULL, "to_status" text NOT NULL, "note" text, "by_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_status_changes_note_length" CHECK (note IS NULL OR char_length(note) BETWEEN 1 AND 2000), CONSTRAINT "chk_status_changes_to" CHECK (to_status IN ('SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED')), CONSTRAINT "chk_status_changes_from" CHECK (from_status IN ('SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS', 'IMPLEMENTED', 'DECLINED', 'MERGED')), CONSTRAINT "PK_b09386c7bfe17fbe0b6d24e719e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_status_changes_initiative_at" ON "status_changes" ("initiative_id", "at") `);
    await queryRunner.query(`ALTER TABLE "initiatives" ADD "first_response_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "status_changes" ADD CONSTRAINT "fk_status_changes_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "status_changes" ADD CONSTRAINT "fk_status_changes_by" FOREIGN KEY ("by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "status_changes" DROP CONSTRAINT "fk_status_changes_by"`);
    await queryRunner.query(`ALTER TABLE "status_changes" DROP CONSTRAINT "fk_status_changes_initiative"`);
    await queryRunner.query(`ALTER TABLE "initiatives" DROP COLUMN "first_response_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_status_changes_initiative_at"`);
    await queryRunner.query(`DROP TABLE "status_changes"`);
  }
}
