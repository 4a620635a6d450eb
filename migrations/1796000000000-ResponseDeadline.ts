import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The response deadline written once: when a first answer is due (the feed's responseDueAt, the
 * insights' "answered within the deadline") and, from it, initiative_awaiting_response. Both are
 * plain SQL functions, inlined by the planner like the expression they replace.
 */
export class ResponseDeadline1796000000000 implements MigrationInterface {
  name = 'ResponseDeadline1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION initiative_response_due_at(created_at timestamptz, response_sla_days integer) RETURNS timestamptz
      LANGUAGE sql STABLE PARALLEL SAFE
      RETURN created_at + make_interval(days => response_sla_days)`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION initiative_awaiting_response(status text, created_at timestamptz, response_sla_days integer) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE
      RETURN status = 'SUBMITTED' AND initiative_response_due_at(created_at, response_sla_days) <= now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION initiative_awaiting_response(status text, created_at timestamptz, response_sla_days integer) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE
      RETURN status = 'SUBMITTED' AND created_at + make_interval(days => response_sla_days) <= now()`);
    await queryRunner.query(`DROP FUNCTION initiative_response_due_at(timestamptz, integer)`);
  }
}
