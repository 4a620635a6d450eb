import { randomBytes, randomUUID } from 'node:crypto';

import type { SpaceShape } from '@red-chair/domain';

import type { SpaceFixtures } from './access-matrix';
import type { RunSql } from './factories';

/** Who a space is made for: the caller, whether they are a member, and whether the subject is their own. */
export interface FixtureSpec {
  shape: SpaceShape;
  caller: { id: string };
  member: boolean;
  /** The probe's initiative, comment and grant are the caller's own (checking an `owner` rule). */
  own: boolean;
}

/** The people and awards every space's fixtures share. */
export interface SharedFixtures {
  /** Writes the other people's initiatives and comments; a member of every space. */
  author: { id: string };
  /** Granted the awards on other people's initiatives, and sent the invitations. */
  granter: { id: string };
  /** `theirs` and `mine` are granted in every space; `free` is for grantAward to give. */
  awards: { theirs: string; mine: string; free: string };
}

/**
 * One space per spec, with everything a matrix probe points at (access-matrix.ts `SpaceFixtures`),
 * written in one statement per table so that hundreds of them take a fraction of a second: every call
 * gets objects no earlier call has changed (withdrawn, merged, deleted, revoked).
 */
export async function makeSpaceFixtures(
  sql: RunSql,
  { author, granter, awards }: SharedFixtures,
  specs: readonly FixtureSpec[],
): Promise<(SpaceFixtures & { shape: SpaceShape })[]> {
  const worlds = specs.map((spec) => {
    const ids = {
      space: randomUUID(),
      theirs: randomUUID(),
      mine: randomUUID(),
      other: randomUUID(),
      theirComment: randomUUID(),
      myComment: randomUUID(),
      theirGrant: randomUUID(),
      myGrant: randomUUID(),
      challenge: randomUUID(),
      invitation: randomUUID(),
      outsider: randomUUID(),
    };
    const fixtures: SpaceFixtures & { shape: SpaceShape } = {
      shape: spec.shape,
      space: { id: ids.space },
      initiative: { id: spec.own ? ids.mine : ids.theirs },
      otherInitiative: { id: ids.other },
      comment: { id: spec.own ? ids.myComment : ids.theirComment },
      grant: { id: spec.own ? ids.myGrant : ids.theirGrant },
      award: { id: awards.free },
      challenge: { id: ids.challenge },
      invitation: { id: ids.invitation },
      member: { id: author.id },
      outsider: { id: ids.outsider },
    };
    return { spec, ids, fixtures };
  });
  const column = <T>(pick: (world: (typeof worlds)[number]) => T): T[] => worlds.map(pick);
  const spaceIds = column((w) => w.ids.space);
  const callerIds = column((w) => w.spec.caller.id);
  const theirInitiatives = column((w) => w.ids.theirs);

  await sql(
    `INSERT INTO users (id, email, display_name, role, password_hash)
     SELECT o.id, 'outsider-' || o.id || '@example.test', 'Outsider', 'EMPLOYEE', u.password_hash
     FROM unnest($1::uuid[]) AS o(id), users u WHERE u.id = $2`,
    [column((w) => w.ids.outsider), author.id],
  );
  await sql(
    `INSERT INTO spaces (id, slug, name, description, kind, access)
     SELECT id, 'matrix-' || id, 'Matrix ' || id, '', kind, access FROM unnest($1::uuid[], $2::text[], $3::text[]) AS s(id, kind, access)`,
    [spaceIds, column((w) => w.spec.shape.kind), column((w) => w.spec.shape.access)],
  );
  await sql(
    `INSERT INTO space_members (space_id, user_id)
     SELECT id, $2::uuid FROM unnest($1::uuid[]) AS s(id)
     UNION ALL SELECT id, caller FROM unnest($1::uuid[], $3::uuid[], $4::boolean[]) AS m(id, caller, member) WHERE member`,
    [spaceIds, author.id, callerIds, column((w) => w.spec.member)],
  );
  await sql(
    `INSERT INTO initiatives (id, space_id, author_id, title, body, orientation)
     SELECT id, space, $4::uuid, 'An initiative title', 'A body', 'CUSTOMER' FROM unnest($1::uuid[], $3::uuid[]) AS t(id, space)
     UNION ALL SELECT id, space, $4::uuid, 'Another initiative title', 'A body', 'CUSTOMER' FROM unnest($2::uuid[], $3::uuid[]) AS o(id, space)
     UNION ALL SELECT id, space, caller, 'My initiative title', 'A body', 'CUSTOMER' FROM unnest($5::uuid[], $3::uuid[], $6::uuid[]) AS m(id, space, caller)`,
    [theirInitiatives, column((w) => w.ids.other), spaceIds, author.id, column((w) => w.ids.mine), callerIds],
  );
  await sql(
    `INSERT INTO comments (id, initiative_id, author_id, body)
     SELECT id, initiative, $3::uuid, 'A comment' FROM unnest($1::uuid[], $2::uuid[]) AS t(id, initiative)
     UNION ALL SELECT id, initiative, caller, 'My comment' FROM unnest($4::uuid[], $2::uuid[], $5::uuid[]) AS m(id, initiative, caller)`,
    [column((w) => w.ids.theirComment), theirInitiatives, author.id, column((w) => w.ids.myComment), callerIds],
  );
  await sql(
    `INSERT INTO award_grants (id, award_id, initiative_id, granted_by_id, citation)
     SELECT id, $3::uuid, initiative, $4::uuid, 'For the matrix' FROM unnest($1::uuid[], $2::uuid[]) AS t(id, initiative)
     UNION ALL SELECT id, $6::uuid, initiative, caller, 'For the matrix' FROM unnest($5::uuid[], $2::uuid[], $7::uuid[]) AS m(id, initiative, caller)`,
    [column((w) => w.ids.theirGrant), theirInitiatives, awards.theirs, granter.id, column((w) => w.ids.myGrant), awards.mine, callerIds],
  );
  await sql(
    `INSERT INTO challenges (id, space_id, title, brief, opens_at, closes_at)
     SELECT id, space, 'A matrix challenge', 'A brief', now() - interval '1 day', now() + interval '1 day'
     FROM unnest($1::uuid[], $2::uuid[]) AS c(id, space)`,
    [column((w) => w.ids.challenge), spaceIds],
  );
  await sql(
    `INSERT INTO invitations (id, space_id, email, invited_by_id, token_hash, expires_at)
     SELECT id, space, 'invited-' || id || '@example.test', $3::uuid, token, now() + interval '7 days'
     FROM unnest($1::uuid[], $2::uuid[], $4::bytea[]) AS i(id, space, token)`,
    [column((w) => w.ids.invitation), spaceIds, granter.id, worlds.map(() => randomBytes(32))],
  );
  return worlds.map((w) => w.fixtures);
}
