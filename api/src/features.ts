import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AwardsModule } from './awards/awards.module';
import { ChallengesModule } from './challenges/challenges.module';
import { CommentsModule } from './comments/comments.module';
import { FollowsModule } from './follows/follows.module';
import { HealthModule } from './health/health.module';
import { InitiativesModule } from './initiatives/initiatives.module';
import { InsightsModule } from './insights/insights.module';
import { InvitationsModule } from './invitations/invitations.module';
import { LiveModule } from './live/live.module';
import { MailModule } from './mail/mail.module';
import { MarkdownModule } from './markdown/markdown.module';
import { NotificationMailModule } from './notification-mail/notification-mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeopleModule } from './people/people.module';
import { RatingsModule } from './ratings/ratings.module';
import { SpacesModule } from './spaces/spaces.module';
import { SsoModule } from './sso/sso.module';
import { UserImportModule } from './user-import/user-import.module';
import { UsersModule } from './users/users.module';
import { CustomerVoiceModule } from './voice/customer-voice.module';
import { VotesModule } from './votes/votes.module';

/** Every feature folder's module: the app mounts them, and the schema printer reads their resolvers. */
export const FEATURE_MODULES = [
  AuthModule,
  SsoModule,
  AuditModule,
  UsersModule,
  UserImportModule,
  LiveModule,
  MailModule,
  NotificationsModule,
  NotificationMailModule,
  SpacesModule,
  InvitationsModule,
  InitiativesModule,
  VotesModule,
  FollowsModule,
  CommentsModule,
  RatingsModule,
  AwardsModule,
  ChallengesModule,
  InsightsModule,
  CustomerVoiceModule,
  PeopleModule,
  MarkdownModule,
  HealthModule,
];
