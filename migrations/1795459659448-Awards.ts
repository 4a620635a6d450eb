import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Awards1795459659448 implements MigrationInterface {
  name = 'Awards1795459659448';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "awards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_awards_description_length" CHECK (char_length(description) <= 1000), CONSTRAINT "chk_awards_name_length" CHECK (char_length(name) BETWEEN 2 AND 80), CONSTRAINT "PK_bc3f6adc548ff46c76c03e06377" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_awards_name_lower" ON "awards" (lower("name"))`);
    await queryRunner.query(
      `CREATE TABLE "award_grants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "award_id" uuid NOT NULL, "initiative_id" uuid NOT NULL, "granted_by_id" uuid NOT NULL, "citation" text NOT NULL, "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "revoke_reason" text, CONSTRAINT "chk_award_grants_revocation" CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL)), CONSTRAINT "chk_award_grants_citation_length" CHECK (char_length(citation) BETWEEN 10 AND 1000), CONSTRAINT "PK_50ee46c5f0178591abf160b8a6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_award_grants_live" ON "award_grants" ("award_id", "initiative_id") WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_award_grants_granted_at" ON "award_grants" ("granted_at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_award_grants_initiative" ON "award_grants" ("initiative_id") `);
    await queryRunner.query(
      `ALTER TABLE "awards" ADD CONSTRAINT "fk_awards_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grants" ADD CONSTRAINT "fk_award_grants_award" FOREIGN KEY ("award_id") REFERENCES "awards"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grants" ADD CONSTRAINT "fk_award_grants_initiative" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grants" ADD CONSTRAINT "fk_award_grants_granted_by" FOREIGN KEY ("granted_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grants" ADD CONSTRAINT "fk_award_grants_revoked_by" FOREIGN KEY ("revoked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "award_grants" DROP CONSTRAINT "fk_award_grants_revoked_by"`);
    await queryRunner.query(`ALTER TABLE "award_grants" DROP CONSTRAINT "fk_award_grants_granted_by"`);
    await queryRunner.query(`ALTER TABLE "award_grants" DROP CONSTRAINT "fk_award_grants_initiative"`);
    await queryRunner.query(`ALTER TABLE "award_grants" DROP CONSTRAINT "fk_award_grants_award"`);
    await queryRunner.query(`ALTER TABLE "awards" DROP CONSTRAINT "fk_awards_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_award_grants_initiative"`);
    await queryRunner.query(`DROP INDEX "public"."ix_award_grants_granted_at"`);
    await queryRunner.query(`DROP INDEX "public"."uq_award_grants_live"`);
    await queryRunner.query(`DROP TABLE "award_grants"`);
    await queryRunner.query(`DROP INDEX "public"."uq_awards_name_lower"`);
    await queryRunner.query(`DROP TABLE "awards"`);
  }
}
