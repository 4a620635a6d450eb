import type { MigrationInterface } from 'typeorm';

import { Foundation1795457417350 } from './1795457417350-Foundation';
import { StatusHistory1795458196857 } from './1795458196857-StatusHistory';
import { VotesAndFollows1795458448211 } from './1795458448211-VotesAndFollows';
import { CommentsAndNotifications1795458951426 } from './1795458951426-CommentsAndNotifications';
import { SearchAndMerge1795459295727 } from './1795459295727-SearchAndMerge';
import { Awards1795459659448 } from './1795459659448-Awards';
import { Ratings1795459894744 } from './1795459894744-Ratings';
import { Challenges1795460112145 } from './1795460112145-Challenges';
import { NotificationComment1795461893112 } from './1795461893112-NotificationComment';
import { ExactTrending1795470000000 } from './1795470000000-ExactTrending';
import { FeedAtScale1795982075993 } from './1795982075993-FeedAtScale';
import { MergedIntoIndex1795990444603 } from './1795990444603-MergedIntoIndex';
import { MailOutbox1795992957273 } from './1795992957273-MailOutbox';
import { PasswordResets1795994337167 } from './1795994337167-PasswordResets';
import { ResponseDeadline1796000000000 } from './1796000000000-ResponseDeadline';
import { SsoLoginAttempts1796002249654 } from './1796002249654-SsoLoginAttempts';
import { RateLimits1796004725671 } from './1796004725671-RateLimits';
import { CustomerVoiceMail1796007610588 } from './1796007610588-CustomerVoiceMail';
import { AuditLog1796010000000 } from './1796010000000-AuditLog';
import { Invitations1796020000000 } from './1796020000000-Invitations';
import { MailNotifications1796041200000 } from './1796041200000-MailNotifications';
import { AccountExistsMail1796041300000 } from './1796041300000-AccountExistsMail';
import { AccountLockoutOnRateLimits1796050000000 } from './1796050000000-AccountLockoutOnRateLimits';

/**
 * Every migration, oldest first. `npm run migration:generate -- <Name>` writes a new file and adds
 * it here; `npm run migration:check` fails when a file is missing from this list or when the
 * entities need a migration nobody wrote.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795457417350,
  StatusHistory1795458196857,
  VotesAndFollows1795458448211,
  CommentsAndNotifications1795458951426,
  SearchAndMerge1795459295727,
  Awards1795459659448,
  Ratings1795459894744,
  Challenges1795460112145,
  NotificationComment1795461893112,
  ExactTrending1795470000000,
  FeedAtScale1795982075993,
  MergedIntoIndex1795990444603,
  MailOutbox1795992957273,
  PasswordResets1795994337167,
  ResponseDeadline1796000000000,
  SsoLoginAttempts1796002249654,
  RateLimits1796004725671,
  CustomerVoiceMail1796007610588,
  AuditLog1796010000000,
  Invitations1796020000000,
  MailNotifications1796041200000,
  AccountExistsMail1796041300000,
  AccountLockoutOnRateLimits1796050000000,
];
