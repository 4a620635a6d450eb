/**
 * Who may call each operation of api/schema.gql: one row per Query, Mutation and Subscription field.
 * `api/src/graphql/access-matrix.int-spec.ts` fails, naming them, when an operation has no row here, so a
 * new operation cannot skip its access rule, and it runs every row (DESIGN.md §2, docs/api.md#visibility):
 *
 * - `anonymous`: what a caller without a session gets (`ALLOWED` only for the front door); for a
 *   subscription, `UNAUTHENTICATED` is the socket refused (graphql-ws close 4403) before any operation.
 * - `roles`: the roles allowed; the others get `FORBIDDEN` (checked before anything is looked up, so the
 *   answer is the same for a space they cannot see and leaks nothing). The allowed roles are let through.
 * - `space: 'SEES_SPACE'`: the operation concerns a space or what lives in one. Its `probe` builds the
 *   arguments from real fixtures, made afresh for every kind of space (INTERNAL / COMMUNITY × OPEN /
 *   INVITE_ONLY) and every caller (each role, member of the space or not). The expected answer comes from
 *   `canSeeSpace` (libs/domain): a caller who cannot see the space gets `NOT_FOUND`, whatever the object;
 *   one who can is let through — data, or a business refusal such as `BAD_USER_INPUT` or `CONFLICT`.
 * - `owner`: a rule on who owns the object, applied after visibility. The subject of `probe`
 *   (`initiative`, `comment`, `grant`) is someone else's (→ `FORBIDDEN` unless the rule lets the role
 *   in), and is then the caller's own (→ let through).
 * - `whenHidden: 'EMPTY'`: a list narrowed to a space the caller cannot see answers an empty list rather
 *   than `NOT_FOUND` (absent from every list, as for any hidden object); the visible one lists its object.
 * - `lists`: a list across spaces (not narrowed to one) shows what lives in exactly the spaces the caller
 *   sees, in each way it is called (orders, search): its `selection` reaches the `space { id }` of each
 *   item, and the spec compares the fixture spaces named in the answer with `canSeeSpace`, for every role
 *   and membership; a connection's `totalCount` must count only what it lists.
 * - A row without `space` may have a `probe` too, for arguments that must name something real (a person);
 *   its fixtures are those of a community open space. Without one, required arguments are made up.
 *
 * Adding an operation: add its row, in alphabetical order within its type; give a space row its `probe`.
 */
import type { Role } from '@red-chair/domain';

export type AccessOutcome = 'ALLOWED' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

/** Objects of one space, made for one call by the spec's `makeSpaces` (straight into the tables). */
export interface SpaceFixtures {
  space: { id: string };
  /** The subject: by another person, or by the caller when checking an `owner` rule. */
  initiative: { id: string };
  /** Another initiative of the space, by another person (a merge target). */
  otherInitiative: { id: string };
  /** On `initiative`: by another person, or by the caller for `owner`. */
  comment: { id: string };
  /** A live grant on `initiative`: by another manager, or by the caller for `owner`. */
  grant: { id: string };
  /** An award `initiative` does not hold yet. */
  award: { id: string };
  challenge: { id: string };
  invitation: { id: string };
  /** A member of the space other than the caller. */
  member: { id: string };
  /** An employee made for this call, in no space (one a call may deactivate, promote, add). */
  outsider: { id: string };
}

export type Owner = 'AUTHOR' | 'GRANTER_OR_ADMIN';

/** One way of calling a list across spaces: its arguments, and a selection naming each item's space id. */
export interface Listing {
  args?: (fixtures: SpaceFixtures) => Record<string, unknown>;
  selection: string;
}

export interface AccessRule {
  anonymous: 'ALLOWED' | 'UNAUTHENTICATED';
  roles: 'ANY' | readonly Role[];
  space?: 'SEES_SPACE';
  /** The operation's arguments (variables named after them) pointing at the fixtures of one space. */
  probe?: (fixtures: SpaceFixtures) => Record<string, unknown>;
  owner?: Owner;
  whenHidden?: 'EMPTY';
  lists?: readonly Listing[];
}

const SIGNED_IN: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: 'ANY' };
const MANAGERS: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: ['MANAGER', 'ADMIN'] };
const ADMINS: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: ['ADMIN'] };
const FRONT_DOOR: AccessRule = { anonymous: 'ALLOWED', roles: 'ANY' };

type Refinements = Pick<AccessRule, 'owner' | 'whenHidden'>;
const inASpace = (probe: NonNullable<AccessRule['probe']>, refinements: Refinements = {}): AccessRule => ({
  ...SIGNED_IN,
  space: 'SEES_SPACE',
  probe,
  ...refinements,
});
const managersInASpace = (probe: NonNullable<AccessRule['probe']>, refinements: Refinements = {}): AccessRule => ({
  ...MANAGERS,
  space: 'SEES_SPACE',
  probe,
  ...refinements,
});

const A_WEEK = 7 * 24 * 3600 * 1000;
const INITIATIVE_SORTS = ['MOST_VOTED', 'NEWEST', 'OLDEST', 'RECENT_ACTIVITY', 'RELEVANCE', 'TRENDING'] as const;
const BODY = 'Written by the access matrix.';

export const ACCESS_MATRIX: Record<'Query' | 'Mutation' | 'Subscription', Record<string, AccessRule>> = {
  Query: {
    auditLog: ADMINS,
    awards: SIGNED_IN,
    challenge: inASpace((f) => ({ id: f.challenge.id })),
    challenges: {
      ...inASpace((f) => ({ spaceId: f.space.id }), { whenHidden: 'EMPTY' }),
      lists: [{ selection: '{ space { id } }' }],
    },
    customerVoice: managersInASpace((f) => ({ spaceId: f.space.id })),
    hallOfFame: {
      ...SIGNED_IN,
      lists: [{ args: () => ({ first: 100 }), selection: '{ nodes { initiative { space { id } } } totalCount }' }],
    },
    initiative: inASpace((f) => ({ id: f.initiative.id })),
    initiatives: {
      ...inASpace((f) => ({ filter: { spaceId: f.space.id } }), { whenHidden: 'EMPTY' }),
      // Each order and the full-text search read the feed their own way.
      lists: [
        ...INITIATIVE_SORTS.map((sort) => ({ args: () => ({ first: 100, sort }), selection: '{ nodes { space { id } } totalCount }' })),
        { args: () => ({ first: 100, filter: { search: 'initiative' } }), selection: '{ nodes { space { id } } totalCount }' },
      ],
    },
    insights: managersInASpace((f) => ({ spaceId: f.space.id })),
    invitation: FRONT_DOOR,
    invitations: managersInASpace((f) => ({ spaceId: f.space.id })),
    leaderboard: inASpace((f) => ({ spaceId: f.space.id })),
    markdownPreview: SIGNED_IN,
    me: SIGNED_IN,
    notifications: {
      ...SIGNED_IN,
      lists: [
        { args: () => ({ first: 100 }), selection: '{ nodes { initiative { space { id } } challenge { space { id } } } totalCount }' },
      ],
    },
    outbox: ADMINS,
    signInOptions: FRONT_DOOR,
    similarInitiatives: inASpace((f) => ({ spaceId: f.space.id, text: 'An initiative title' })),
    space: inASpace((f) => ({ id: f.space.id })),
    spaces: { ...SIGNED_IN, lists: [{ selection: '{ id }' }] },
    unreadNotificationCount: SIGNED_IN,
    // A profile lists the awards of the person's initiatives (`member` wrote one in every space).
    user: {
      ...SIGNED_IN,
      probe: (f) => ({ id: f.member.id }),
      lists: [{ args: (f) => ({ id: f.member.id }), selection: '{ awards { initiative { space { id } } } }' }],
    },
    users: ADMINS,
    youSaidWeDid: inASpace((f) => ({ spaceId: f.space.id })),
  },
  Mutation: {
    acceptInvitation: SIGNED_IN,
    addSpaceMember: managersInASpace((f) => ({ spaceId: f.space.id, userId: f.outsider.id })),
    changeInitiativeStatus: managersInASpace((f) => ({
      input: { initiativeId: f.initiative.id, status: 'UNDER_REVIEW', note: BODY },
    })),
    changePassword: SIGNED_IN,
    changeUserRole: { ...ADMINS, probe: (f) => ({ id: f.outsider.id, role: 'MANAGER' }) },
    commentOnInitiative: inASpace((f) => ({ input: { initiativeId: f.initiative.id, body: BODY } })),
    createAward: MANAGERS,
    createSpace: ADMINS,
    createUser: ADMINS,
    deactivateUser: { ...ADMINS, probe: (f) => ({ id: f.outsider.id }) },
    deleteComment: inASpace((f) => ({ id: f.comment.id }), { owner: 'AUTHOR' }),
    editComment: inASpace((f) => ({ id: f.comment.id, body: BODY }), { owner: 'AUTHOR' }),
    editInitiative: inASpace((f) => ({ input: { id: f.initiative.id, body: BODY } }), { owner: 'AUTHOR' }),
    followInitiative: inASpace((f) => ({ initiativeId: f.initiative.id })),
    followSpace: inASpace((f) => ({ spaceId: f.space.id })),
    grantAward: managersInASpace((f) => ({
      input: { awardId: f.award.id, initiativeId: f.initiative.id, citation: BODY },
    })),
    hideComment: managersInASpace((f) => ({ id: f.comment.id })),
    importUsers: ADMINS,
    inviteToSpace: managersInASpace((f) => ({ spaceId: f.space.id, emails: [`matrix-${f.space.id}@example.test`] })),
    launchChallenge: managersInASpace((f) => ({
      input: {
        spaceId: f.space.id,
        title: 'A matrix challenge',
        brief: BODY,
        opensAt: new Date(Date.now() + A_WEEK).toISOString(),
        closesAt: new Date(Date.now() + 2 * A_WEEK).toISOString(),
      },
    })),
    markNotificationsRead: SIGNED_IN,
    mergeInitiatives: managersInASpace((f) => ({
      input: { sourceId: f.initiative.id, targetId: f.otherInitiative.id, note: BODY },
    })),
    proposeInitiative: inASpace((f) => ({
      input: { spaceId: f.space.id, title: 'A matrix initiative', body: BODY, orientation: 'CUSTOMER' },
    })),
    rateInitiative: inASpace((f) => ({ input: { initiativeId: f.initiative.id, stars: 4 } })),
    reactivateUser: { ...ADMINS, probe: (f) => ({ id: f.outsider.id }) },
    removeSpaceMember: managersInASpace((f) => ({ spaceId: f.space.id, userId: f.member.id })),
    requestPasswordReset: FRONT_DOOR,
    resetPassword: FRONT_DOOR,
    revokeAwardGrant: managersInASpace((f) => ({ id: f.grant.id, reason: BODY }), { owner: 'GRANTER_OR_ADMIN' }),
    revokeInvitation: managersInASpace((f) => ({ id: f.invitation.id })),
    signIn: FRONT_DOOR,
    signOut: FRONT_DOOR,
    signUp: FRONT_DOOR,
    unfollowInitiative: inASpace((f) => ({ initiativeId: f.initiative.id })),
    unfollowSpace: inASpace((f) => ({ spaceId: f.space.id })),
    unhideComment: managersInASpace((f) => ({ id: f.comment.id })),
    unvoteInitiative: inASpace((f) => ({ initiativeId: f.initiative.id })),
    updateProfile: SIGNED_IN,
    updateSpace: { ...ADMINS, space: 'SEES_SPACE', probe: (f) => ({ input: { id: f.space.id, description: BODY } }) },
    voteInitiative: inASpace((f) => ({ initiativeId: f.initiative.id })),
    withdrawInitiative: inASpace((f) => ({ id: f.initiative.id }), { owner: 'AUTHOR' }),
  },
  Subscription: {
    initiativeUpdated: inASpace((f) => ({ id: f.initiative.id })),
    notificationAdded: SIGNED_IN,
  },
};
