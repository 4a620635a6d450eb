import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trending_log stays exact under any sequence of votes and unvotes, and one SQL function recomputes
 * every derived counter of an initiative from its rows (merges, the demo, the seed).
 */
export class ExactTrending1795470000000 implements MigrationInterface {
  name = 'ExactTrending1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // ln(e^a − e^b) = a + ln(1 − e^(b−a)), or NULL when that cannot be computed precisely: the caller
    // then recomputes the score from the rows. a and b carry a few ulps of error; the result's error is
    // theirs times 1 / (1 − e^(b−a)), so it is catastrophic when the removed term is nearly the whole
    // sum (an old idea voted now, then unvoted: e^a rounds to e^b and 1 − e^0 is 0). Subtracting only
    // when the removed term is under half the sum keeps that factor below 2, and even a run of
    // subtractions stays within 1e-9 unless some twenty votes are taken back one after another, each
    // holding nearly half of what remains. Recounting above half is cheap where it happens most: ideas
    // with few or only old votes. (−0.693… is ln ½.)
    await queryRunner.query(`CREATE OR REPLACE FUNCTION log_sub_exp(a double precision, b double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN b IS NULL THEN a WHEN b - a < -0.6931471805599453 THEN a + ln(1 - exp(b - a)) END`);
    // extract() answers numeric since PostgreSQL 14, several times slower than date_part's double
    // precision over a million votes; the values agree to 1e-12.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION trending_x(at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN (date_part('epoch', at) - 1767225600) / 259200.0`);
    // The exact score of each initiative among ids (NULL: all) that has votes: m + ln Σ e^(x − m),
    // m the largest x, so no term overflows. The one place the formula lives; inlined by the planner.
    // The sum is a lateral lookup per initiative: one index range for one id, and no sort of every
    // vote (a window over a million rows is slower) for all of them.
    // without_voter leaves one person's vote out: an unvote recomputes in the statement that deletes
    // the row, which still sees it.
    await queryRunner.query(`CREATE FUNCTION trending_logs(ids uuid[], without_voter uuid DEFAULT NULL) RETURNS TABLE (initiative_id uuid, trending_log double precision)
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT top.initiative_id, top.m + ln(terms.total)
          FROM (SELECT latest.initiative_id, trending_x(max(latest.created_at)) AS m FROM votes latest
                 WHERE (ids IS NULL OR latest.initiative_id = ANY (ids)) AND latest.user_id IS DISTINCT FROM without_voter
                 GROUP BY latest.initiative_id) top
          CROSS JOIN LATERAL (SELECT sum(exp(trending_x(v.created_at) - top.m)) AS total
                                FROM votes v WHERE v.initiative_id = top.initiative_id AND v.user_id IS DISTINCT FROM without_voter) terms
      $$`);
    // PL/pgSQL so the statement is planned with the id known: one index range, not a scan of every vote.
    await queryRunner.query(`CREATE FUNCTION trending_log_of(initiative uuid, without_voter uuid DEFAULT NULL) RETURNS double precision
      LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
      BEGIN
        RETURN (SELECT t.trending_log FROM trending_logs(ARRAY[initiative], without_voter) t);
      END $$`);
    // Every derived counter of the initiatives among ids (NULL: all) from the rows, in one set-based
    // statement. comment_count counts visible comments, replies included. Rows already right are left
    // alone (rewriting one recomputes its search document), a score within 1e-12 of the exact one
    // included: that is the rounding of summing in another order, not drift. Returns how many changed.
    await queryRunner.query(`CREATE FUNCTION recount_initiatives(ids uuid[]) RETURNS integer
      LANGUAGE plpgsql AS $$
      DECLARE changed integer;
      BEGIN
        UPDATE initiatives i
           SET vote_count = fresh.vote_count, follower_count = fresh.follower_count, comment_count = fresh.comment_count,
               rating_count = fresh.rating_count, rating_sum = fresh.rating_sum, trending_log = fresh.trending_log
          FROM (SELECT target.id,
                       coalesce(v.n, 0) AS vote_count, coalesce(f.n, 0) AS follower_count, coalesce(c.n, 0) AS comment_count,
                       coalesce(r.n, 0) AS rating_count, coalesce(r.stars, 0) AS rating_sum, t.trending_log
                  FROM initiatives target
                  LEFT JOIN (SELECT initiative_id, count(*)::int AS n FROM votes
                              WHERE ids IS NULL OR initiative_id = ANY (ids) GROUP BY initiative_id) v ON v.initiative_id = target.id
                  LEFT JOIN (SELECT initiative_id, count(*)::int AS n FROM follows
                              WHERE ids IS NULL OR initiative_id = ANY (ids) GROUP BY initiative_id) f ON f.initiative_id = target.id
                  LEFT JOIN (SELECT initiative_id, count(*)::int AS n FROM comments
                              WHERE (ids IS NULL OR initiative_id = ANY (ids)) AND hidden_at IS NULL AND deleted_at IS NULL
                              GROUP BY initiative_id) c ON c.initiative_id = target.id
                  LEFT JOIN (SELECT initiative_id, count(*)::int AS n, sum(stars)::int AS stars FROM ratings
                              WHERE ids IS NULL OR initiative_id = ANY (ids) GROUP BY initiative_id) r ON r.initiative_id = target.id
                  LEFT JOIN trending_logs(ids) t ON t.initiative_id = target.id
                 WHERE ids IS NULL OR target.id = ANY (ids)) fresh
         WHERE i.id = fresh.id
           AND ((i.vote_count, i.follower_count, i.comment_count, i.rating_count, i.rating_sum)
                  IS DISTINCT FROM (fresh.vote_count, fresh.follower_count, fresh.comment_count, fresh.rating_count, fresh.rating_sum)
                OR (i.trending_log IS NULL) <> (fresh.trending_log IS NULL)
                OR abs(i.trending_log - fresh.trending_log) > 1e-12 * greatest(1, abs(fresh.trending_log)));
        GET DIAGNOSTICS changed = ROW_COUNT;
        RETURN changed;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION recount_initiatives(uuid[])`);
    await queryRunner.query(`DROP FUNCTION trending_log_of(uuid, uuid)`);
    await queryRunner.query(`DROP FUNCTION trending_logs(uuid[], uuid)`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION trending_x(at timestamptz) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN (extract(epoch FROM at) - 1767225600) / 259200.0`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION log_sub_exp(a double precision, b double precision) RETURNS double precision
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN b IS NULL THEN a ELSE a + ln(greatest(1 - exp(least(b - a, 0)), 1e-12)) END`);
  }
}
