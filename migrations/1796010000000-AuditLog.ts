import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1796010000000 implements MigrationInterface {
  name = 'AuditLog1796010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "ip" inet, CONSTRAINT "chk_audit_entries_target_type" CHECK (target_type IN ('USER', 'SPACE', 'INVITATION', 'INITIATIVE', 'COMMENT', 'AWARD', 'AWARD_GRANT', 'CHALLENGE')), CONSTRAINT "chk_audit_entries_action" CHECK (action IN ('USER_CREATED', 'USER_ROLE_CHANGED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'USERS_IMPORTED', 'SPACE_CREATED', 'SPACE_UPDATED', 'MEMBER_ADDED', 'MEMBER_REMOVED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'STATUS_CHANGED', 'INITIATIVES_MERGED', 'COMMENT_HIDDEN', 'COMMENT_UNHIDDEN', 'AWARD_CREATED', 'AWARD_GRANTED', 'AWARD_REVOKED', 'CHALLENGE_LAUNCHED')), CONSTRAINT "PK_audit_entries" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_action_at" ON "audit_entries" ("action", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_actor_at" ON "audit_entries" ("actor_id", "at", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_entries_at" ON "audit_entries" ("at", "id") `);
    await queryRunner.query(
      `ALTER TABLE "audit_entries" ADD CONSTRAINT "fk_audit_entries_actor" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Append-only at the database: privileges do not bind the table's owner, a trigger does.
    await queryRunner.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON "audit_entries" FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_entries"`);
    await queryRunner.query(`DROP FUNCTION audit_entries_append_only()`);
  }
}
