import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { normalizeEmail, type Locale } from '@red-chair/domain';

import { ConflictError, ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { InvitationsService } from '../invitations/invitations.service';
import { MailOutbox } from '../mail/mail-outbox.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { accountExistsMail } from './account-exists.mail';
import { AuthRateLimits } from './auth-rate-limits.service';
import type { SignInInput, SignUpInput } from './dto/auth.inputs';
import { passwordsAllowedFor } from './password-sign-in';
import { timingDummyHash, verifyPassword } from './passwords';
import { SessionsService, type SessionMeta } from './sessions.service';

export interface SignedIn {
  sessionId: string;
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    private readonly limits: AuthRateLimits,
    private readonly outbox: MailOutbox,
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Self-registration always makes a CUSTOMER (docs/api.md#visibility); employees are created by admins. With an
   * invitation token the new person joins its space in the same transaction, or is not created at all.
   */
  async signUp({ invitationToken, ...input }: SignUpInput, meta: SessionMeta): Promise<SignedIn> {
    if (!passwordsAllowedFor(this.config, input.email)) throw this.passwordsOff();
    await this.limits.beforeSignUp(meta.clientAddress ?? 'unknown');
    try {
      return await this.db.transaction(async (tx) => {
        const user = await this.users.insertUser(tx, { ...input, role: 'CUSTOMER' });
        if (invitationToken) await this.invitations.acceptFor(tx, user, invitationToken);
        const session = await this.sessions.create(tx, user.id, meta);
        return { ...session, user };
      });
    } catch (error) {
      if (error instanceof ConflictError) await this.tellOwnerOfSignUpAttempt(normalizeEmail(input.email));
      throw error;
    }
  }

  /**
   * The email has an account: its owner is told someone tried to sign up with it, with a way back in. At most
   * one such mail an hour per account, so nobody floods a mailbox through the sign-up form.
   */
  private async tellOwnerOfSignUpAttempt(emailLower: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [owner] = (await tx.query(
        `SELECT u.id, u.email, u.display_name AS "displayName", u.locale FROM users u
          WHERE lower(u.email) = $1 AND u.deactivated_at IS NULL
            AND NOT EXISTS (SELECT 1 FROM outbox_messages o
                             WHERE o.recipient_id = u.id AND o.kind = 'ACCOUNT_EXISTS' AND o.created_at > now() - interval '1 hour')
          FOR UPDATE OF u`,
        [emailLower],
      )) as { id: string; email: string; displayName: string; locale: Locale }[];
      if (!owner) return;
      await this.outbox.enqueue(tx, {
        recipientId: owner.id,
        to: owner.email,
        kind: 'ACCOUNT_EXISTS',
        content: accountExistsMail(owner.locale, owner.displayName, {
          signIn: this.outbox.link('/sign-in'),
          forgot: this.outbox.link('/forgot-password'),
        }),
      });
    });
  }

  async signIn(input: SignInInput, meta: SessionMeta & { clientAddress: string }): Promise<SignedIn> {
    const emailLower = normalizeEmail(input.email);
    if (!passwordsAllowedFor(this.config, emailLower)) throw this.passwordsOff();
    await this.limits.beforeSignIn(emailLower, meta.clientAddress);
    const user = await this.users.findByEmailWithPassword(input.email);
    // Same work and the same answer whether the email is unknown, the password wrong or the account off.
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), input.password);
    if (!user || !passwordOk || user.deactivatedAt) {
      await this.limits.signInFailed(emailLower, meta.clientAddress);
      throw new UnauthenticatedError('The email or password is not right.');
    }
    await this.limits.signInSucceeded(emailLower, meta.clientAddress);
    const session = await this.sessions.create(this.db.manager, user.id, meta);
    delete (user as Partial<UserEntity>).passwordHash;
    return { ...session, user };
  }

  private passwordsOff(): ForbiddenError {
    return new ForbiddenError(`Passwords are turned off here: sign in with ${this.config.oidc?.name ?? 'single sign-on'}.`);
  }

  signOut(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
