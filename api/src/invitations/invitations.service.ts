import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';

import { INVITATION_LIMITS, isEmployee, normalizeEmail, type Locale, type Role } from '@red-chair/domain';

import { AuditLog } from '../audit/audit-log.service';
import { hashToken, newSessionToken } from '../auth/tokens';
import { InvalidInputError, NotFoundError } from '../common/errors';
import type { Viewer } from '../common/viewer';
import { MailOutbox } from '../mail/mail-outbox.service';
import { SpaceEntity } from '../spaces/space.entity';
import { SpacesService } from '../spaces/spaces.service';
import type { InvitationLinkModel } from './invitation-link.model';
import { invitationMail } from './invitation.mail';
import type { InvitationModel } from './invitation.model';

const COLUMNS = `i.id, i.email, i.space_id AS "spaceId", i.invited_by_id AS "invitedById", i.created_at AS "createdAt", i.expires_at AS "expiresAt",
  i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt"`;

/** Why a link no longer works, said the same way to a signed-in person and to a new one signing up. */
const refusal = (message: string) => new InvalidInputError({ token: message }, message);

interface Invitee {
  email: string;
  emailLower: string;
  account: { id: string; role: Role; locale: Locale; deactivated: boolean; member: boolean } | null;
}

/** Invitations to a space: sent by mail, listed while pending, revoked, and accepted with the link. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly spaces: SpacesService,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditLog,
  ) {}

  /**
   * One invitation per distinct address, all or none: any address that cannot be invited is named in
   * the error and nothing is sent. A pending invitation of the same address is replaced (its link stops).
   */
  async invite(viewer: Viewer, spaceId: string, emails: string[]): Promise<InvitationModel[]> {
    const space = await this.spaces.findVisible(viewer, { id: spaceId });
    const byAddress = new Map<string, string>();
    for (const email of emails) if (!byAddress.has(normalizeEmail(email))) byAddress.set(normalizeEmail(email), email.trim()); // the first spelling wins
    const distinct = [...byAddress.entries()];
    const malformed = distinct.filter(([, email]) => !isEmail(email)).map(([, email]) => email);
    if (malformed.length) throw new InvalidInputError({ emails: `not email addresses: ${malformed.join(', ')}` });
    return this.db.transaction(async (tx) => {
      const invitees = await this.invitees(tx, space.id, distinct);
      this.assertInvitable(space, invitees);
      await tx.query(
        `UPDATE invitations SET revoked_at = now()
          WHERE space_id = $1 AND lower(email) = ANY($2::text[]) AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
        [space.id, invitees.map((invitee) => invitee.emailLower)],
      );
      const invitations: InvitationModel[] = [];
      for (const invitee of invitees) {
        const token = newSessionToken();
        const [invitation] = (await tx.query(
          `INSERT INTO invitations AS i (space_id, email, invited_by_id, token_hash, expires_at)
           VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING ${COLUMNS}`,
          [space.id, invitee.email, viewer.id, hashToken(token), INVITATION_LIMITS.validDays],
        )) as InvitationModel[];
        await this.outbox.enqueue(tx, {
          recipientId: invitee.account?.id ?? null,
          to: invitee.email,
          kind: 'INVITATION',
          content: invitationMail(invitee.account?.locale ?? viewer.locale, {
            inviterName: viewer.displayName,
            spaceName: space.name,
            link: this.outbox.link(`/invite/${token}`),
          }),
        });
        await this.audit.record(
          tx,
          viewer,
          'INVITATION_SENT',
          { type: 'INVITATION', id: invitation.id },
          { spaceId: space.id, email: invitee.email },
        );
        invitations.push(invitation);
      }
      return invitations;
    });
  }

  private async invitees(tx: EntityManager, spaceId: string, distinct: [string, string][]): Promise<Invitee[]> {
    const accounts = (await tx.query(
      `SELECT lower(u.email) AS "emailLower", u.id, u.role, u.locale, u.deactivated_at IS NOT NULL AS deactivated,
              EXISTS (SELECT 1 FROM space_members m WHERE m.space_id = $1 AND m.user_id = u.id) AS member
         FROM users u WHERE lower(u.email) = ANY($2::text[])`,
      [spaceId, distinct.map(([emailLower]) => emailLower)],
    )) as (NonNullable<Invitee['account']> & { emailLower: string })[];
    const byEmail = new Map(accounts.map(({ emailLower, ...account }) => [emailLower, account]));
    return distinct.map(([emailLower, email]) => ({ email, emailLower, account: byEmail.get(emailLower) ?? null }));
  }

  /** Internal spaces take only people who already have an employee account (docs/api.md#administration). */
  private assertInvitable(space: SpaceEntity, invitees: Invitee[]): void {
    const problems: string[] = [];
    for (const { email, account } of invitees) {
      if (account?.deactivated) problems.push(`${email} (account deactivated)`);
      else if (account?.member) problems.push(`${email} (already a member)`);
      else if (space.kind === 'INTERNAL' && (!account || !isEmployee(account.role)))
        problems.push(`${email} (internal spaces take employee accounts only)`);
    }
    if (problems.length) throw new InvalidInputError({ emails: `cannot invite ${problems.join(', ')}` });
  }

  /** Pending invitations of a space, newest first. */
  async pending(viewer: Viewer, spaceId: string): Promise<InvitationModel[]> {
    const space = await this.spaces.findVisible(viewer, { id: spaceId });
    return (await this.db.query(
      `SELECT ${COLUMNS} FROM invitations i
        WHERE i.space_id = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        ORDER BY i.created_at DESC, i.id DESC`,
      [space.id],
    )) as InvitationModel[];
  }

  async revoke(viewer: Viewer, id: string): Promise<InvitationModel> {
    return this.db.transaction(async (tx) => {
      const [invitation] = (await tx.query(`SELECT ${COLUMNS} FROM invitations i WHERE i.id = $1 FOR UPDATE`, [id])) as InvitationModel[];
      if (!invitation) throw new NotFoundError('This invitation');
      await this.spaces.findVisible(viewer, { id: invitation.spaceId });
      if (invitation.acceptedAt) throw new InvalidInputError({ id: 'this invitation was already accepted: remove the member instead' });
      if (invitation.revokedAt) return invitation;
      const [[revoked]] = (await tx.query(`UPDATE invitations i SET revoked_at = now() WHERE i.id = $1 RETURNING ${COLUMNS}`, [id])) as [
        InvitationModel[],
        number,
      ];
      await this.audit.record(
        tx,
        viewer,
        'INVITATION_REVOKED',
        { type: 'INVITATION', id },
        { spaceId: invitation.spaceId, email: invitation.email },
      );
      return revoked;
    });
  }

  /**
   * What the link's page shows before anyone acts: null for a token that names no invitation, so a
   * guessed token learns nothing. Answers without a session (the invitee may have no account yet).
   */
  async link(token: string): Promise<InvitationLinkModel | null> {
    const [link] = (await this.db.query(
      `SELECT i.email, s.name AS "spaceName", s.slug AS "spaceSlug", s.kind AS "spaceKind", i.expires_at AS "expiresAt",
              CASE WHEN i.accepted_at IS NOT NULL THEN 'ACCEPTED' WHEN i.revoked_at IS NOT NULL THEN 'REVOKED'
                   WHEN i.expires_at <= now() THEN 'EXPIRED' ELSE 'PENDING' END AS state
         FROM invitations i JOIN spaces s ON s.id = i.space_id WHERE i.token_hash = $1`,
      [hashToken(token)],
    )) as InvitationLinkModel[];
    return link ?? null;
  }

  /** The signed-in person joins the space with their link. */
  async accept(viewer: Viewer, token: string): Promise<SpaceEntity> {
    return this.db.transaction(async (tx) => {
      const [account] = (await tx.query(`SELECT email FROM users WHERE id = $1`, [viewer.id])) as { email: string }[];
      return this.acceptFor(tx, { id: viewer.id, email: account.email, role: viewer.role }, token);
    });
  }

  /**
   * Makes the person a member through the invitation of `token`, in the caller's transaction (signUp
   * uses it for a new customer). Every refusal is BAD_USER_INPUT on `token` with a message to show.
   */
  async acceptFor(tx: EntityManager, person: { id: string; email: string; role: Role }, token: string): Promise<SpaceEntity> {
    const [invitation] = (await tx.query(
      `SELECT i.id, i.space_id AS "spaceId", i.email, i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt", i.expires_at <= now() AS expired
         FROM invitations i WHERE i.token_hash = $1 FOR UPDATE`,
      [hashToken(token)],
    )) as { id: string; spaceId: string; email: string; acceptedAt: Date | null; revokedAt: Date | null; expired: boolean }[];
    if (!invitation) throw refusal('This invitation link is not valid: check that you copied all of it.');
    if (invitation.acceptedAt) throw refusal('This invitation was already used.');
    if (invitation.revokedAt) throw refusal('This invitation was withdrawn: ask for a new one.');
    if (invitation.expired) throw refusal('This invitation has expired: ask for a new one.');
    if (normalizeEmail(invitation.email) !== normalizeEmail(person.email)) {
      throw refusal(`This invitation was sent to another email address: sign in as ${invitation.email} to accept it.`);
    }
    const space = await tx.findOneByOrFail(SpaceEntity, { id: invitation.spaceId });
    if (space.kind === 'INTERNAL' && !isEmployee(person.role)) throw refusal('This invitation is for employees only.');
    await tx.query(
      `INSERT INTO space_members (space_id, user_id, added_by_id) SELECT space_id, $2, invited_by_id FROM invitations WHERE id = $1 ON CONFLICT DO NOTHING`,
      [invitation.id, person.id],
    );
    await tx.query(`UPDATE invitations SET accepted_at = now(), accepted_by_id = $2 WHERE id = $1`, [invitation.id, person.id]);
    return space;
  }
}
