/**
 * The SQL of "who follows a space": a set of user ids for the space id `spaceExpr`. Members follow
 * without a row unless they unfollowed (a row with `following = false`); anyone else by a row.
 */
export function spaceFollowerIdsSql(spaceExpr: string): string {
  return `(SELECT sf.user_id FROM space_follows sf WHERE sf.space_id = ${spaceExpr} AND sf.following
           UNION
           SELECT sm.user_id FROM space_members sm WHERE sm.space_id = ${spaceExpr}
              AND NOT EXISTS (SELECT 1 FROM space_follows sfx WHERE sfx.space_id = sm.space_id AND sfx.user_id = sm.user_id))`;
}

/**
 * A data-modifying statement (a CTE's body) that makes `userExpr` follow the spaces `spaceIdsSelect`
 * selects, once: an existing row, an unfollow included, is left as it is.
 */
export function autoFollowSpaceSql(spaceIdsSelect: string, userExpr: string): string {
  return `INSERT INTO space_follows (space_id, user_id) SELECT DISTINCT x.space_id, ${userExpr}::uuid FROM (${spaceIdsSelect}) x(space_id)
          ON CONFLICT DO NOTHING`;
}
