/** What the audit log records (docs/api.md#administration): one entry per administrative action. */
export const AUDIT_ACTIONS = [
  'USER_CREATED',
  'USER_ROLE_CHANGED',
  'USER_DEACTIVATED',
  'USER_REACTIVATED',
  'USERS_IMPORTED',
  'SPACE_CREATED',
  'SPACE_UPDATED',
  'MEMBER_ADDED',
  'MEMBER_REMOVED',
  'INVITATION_SENT',
  'INVITATION_REVOKED',
  'STATUS_CHANGED',
  'INITIATIVES_MERGED',
  'COMMENT_HIDDEN',
  'COMMENT_UNHIDDEN',
  'AWARD_CREATED',
  'AWARD_GRANTED',
  'AWARD_REVOKED',
  'CHALLENGE_LAUNCHED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

/** The kinds of object an entry is about. */
export const AUDIT_TARGET_TYPES = ['USER', 'SPACE', 'INVITATION', 'INITIATIVE', 'COMMENT', 'AWARD', 'AWARD_GRANT', 'CHALLENGE'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
