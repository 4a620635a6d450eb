/**
 * Who may call each operation of api/schema.gql: one row per Query, Mutation and Subscription field.
 * `api/src/graphql/access-matrix.int-spec.ts` fails, naming them, when an operation has no row here, so a
 * new operation cannot skip its access rule. Rules follow docs/api.md#operations and #visibility:
 *
 * - `anonymous`: what a caller without a session gets (`ALLOWED` only for the front door).
 * - `roles`: the roles allowed; the others get `FORBIDDEN`.
 * - `space`: `SEES_SPACE` when the operation concerns a space (or what lives in one): a viewer who cannot
 *   see that space gets `NOT_FOUND` (docs/api.md#visibility), whatever the role allows.
 *
 * Adding an operation: add its row, in alphabetical order within its type.
 */
import type { Role } from '@red-chair/domain';

export type AccessOutcome = 'ALLOWED' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

export interface AccessRule {
  anonymous: 'ALLOWED' | 'UNAUTHENTICATED';
  roles: 'ANY' | readonly Role[];
  space?: 'SEES_SPACE';
}

const SIGNED_IN: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: 'ANY' };
const IN_A_SPACE: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: 'ANY', space: 'SEES_SPACE' };
const MANAGERS: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: ['MANAGER', 'ADMIN'] };
const MANAGERS_IN_A_SPACE: AccessRule = { ...MANAGERS, space: 'SEES_SPACE' };
const ADMINS: AccessRule = { anonymous: 'UNAUTHENTICATED', roles: ['ADMIN'] };
const FRONT_DOOR: AccessRule = { anonymous: 'ALLOWED', roles: 'ANY' };

export const ACCESS_MATRIX: Record<'Query' | 'Mutation' | 'Subscription', Record<string, AccessRule>> = {
  Query: {
    auditLog: ADMINS,
    awards: SIGNED_IN,
    challenge: IN_A_SPACE,
    challenges: IN_A_SPACE,
    customerVoice: MANAGERS_IN_A_SPACE,
    hallOfFame: SIGNED_IN,
    initiative: IN_A_SPACE,
    initiatives: IN_A_SPACE,
    insights: MANAGERS_IN_A_SPACE,
    invitation: FRONT_DOOR,
    invitations: MANAGERS_IN_A_SPACE,
    leaderboard: IN_A_SPACE,
    markdownPreview: SIGNED_IN,
    me: SIGNED_IN,
    notifications: SIGNED_IN,
    outbox: ADMINS,
    signInOptions: FRONT_DOOR,
    similarInitiatives: IN_A_SPACE,
    space: IN_A_SPACE,
    spaces: SIGNED_IN,
    unreadNotificationCount: SIGNED_IN,
    user: SIGNED_IN,
    users: ADMINS,
    youSaidWeDid: IN_A_SPACE,
  },
  Mutation: {
    acceptInvitation: SIGNED_IN,
    addSpaceMember: MANAGERS_IN_A_SPACE,
    changeInitiativeStatus: MANAGERS_IN_A_SPACE,
    changePassword: SIGNED_IN,
    changeUserRole: ADMINS,
    commentOnInitiative: IN_A_SPACE,
    createAward: MANAGERS,
    createSpace: ADMINS,
    createUser: ADMINS,
    deactivateUser: ADMINS,
    deleteComment: IN_A_SPACE,
    editComment: IN_A_SPACE,
    editInitiative: IN_A_SPACE,
    followInitiative: IN_A_SPACE,
    followSpace: IN_A_SPACE,
    grantAward: MANAGERS_IN_A_SPACE,
    hideComment: MANAGERS_IN_A_SPACE,
    importUsers: ADMINS,
    inviteToSpace: MANAGERS_IN_A_SPACE,
    launchChallenge: MANAGERS_IN_A_SPACE,
    markNotificationsRead: SIGNED_IN,
    mergeInitiatives: MANAGERS_IN_A_SPACE,
    proposeInitiative: IN_A_SPACE,
    rateInitiative: IN_A_SPACE,
    reactivateUser: ADMINS,
    removeSpaceMember: MANAGERS_IN_A_SPACE,
    requestPasswordReset: FRONT_DOOR,
    resetPassword: FRONT_DOOR,
    revokeAwardGrant: MANAGERS_IN_A_SPACE,
    revokeInvitation: MANAGERS_IN_A_SPACE,
    signIn: FRONT_DOOR,
    signOut: FRONT_DOOR,
    signUp: FRONT_DOOR,
    unfollowInitiative: IN_A_SPACE,
    unfollowSpace: IN_A_SPACE,
    unhideComment: MANAGERS_IN_A_SPACE,
    unvoteInitiative: IN_A_SPACE,
    updateProfile: SIGNED_IN,
    updateSpace: ADMINS,
    voteInitiative: IN_A_SPACE,
    withdrawInitiative: IN_A_SPACE,
  },
  Subscription: {
    initiativeUpdated: IN_A_SPACE,
    notificationAdded: SIGNED_IN,
  },
};
