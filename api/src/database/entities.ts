import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { PasswordResetTokenEntity } from '../auth/password-reset.entity';
import { RateLimitEntity } from '../auth/rate-limit.entity';
import { SessionEntity } from '../auth/session.entity';
import { AwardEntity, AwardGrantEntity } from '../awards/award.entity';
import { ChallengeEntity } from '../challenges/challenge.entity';
import { CommentEntity } from '../comments/comment.entity';
import { FollowEntity } from '../follows/follow.entity';
import { SpaceFollowEntity } from '../follows/space-follow.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { StatusChangeEntity } from '../initiatives/status-change.entity';
import { InvitationEntity } from '../invitations/invitation.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { RatingEntity } from '../ratings/rating.entity';
import { SpaceEntity, SpaceMemberEntity } from '../spaces/space.entity';
import { SsoLoginAttemptEntity } from '../sso/sso-login-attempt.entity';
import { UserEntity } from '../users/user.entity';
import { VoteEntity } from '../votes/vote.entity';

/** Every table the app maps; the migration check compares these with the migrated schema. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  RateLimitEntity,
  SsoLoginAttemptEntity,
  SpaceEntity,
  SpaceMemberEntity,
  InitiativeEntity,
  StatusChangeEntity,
  VoteEntity,
  FollowEntity,
  SpaceFollowEntity,
  CommentEntity,
  NotificationEntity,
  AwardEntity,
  AwardGrantEntity,
  RatingEntity,
  ChallengeEntity,
  OutboxMessageEntity,
  PasswordResetTokenEntity,
  AuditEntryEntity,
  InvitationEntity,
];
