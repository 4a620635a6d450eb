import { graphql } from '../../../test/support/gql';
import { TEST_PASSWORD, TestApp, type TestUser } from '../../../test/support/test-app';

const InviteToSpace = graphql(`
  mutation InviteToSpace($spaceId: ID!, $emails: [String!]!) {
    inviteToSpace(spaceId: $spaceId, emails: $emails) {
      id
      email
      space {
        id
      }
      invitedBy {
        id
      }
      createdAt
      expiresAt
      acceptedAt
      revokedAt
    }
  }
`);

const PendingInvitations = graphql(`
  query PendingInvitations($spaceId: ID!) {
    invitations(spaceId: $spaceId) {
      id
      email
    }
  }
`);

const RevokeInvitation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      revokedAt
    }
  }
`);

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      id
      viewerIsMember
    }
  }
`);

const SignUpWithInvitation = graphql(`
  mutation SignUpWithInvitation($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        role
      }
    }
  }
`);

const InvitedSpace = graphql(`
  query InvitedSpace($id: ID) {
    space(id: $id) {
      id
      viewerIsMember
    }
  }
`);

const InvitationAudit = graphql(`
  query InvitationAudit {
    auditLog(first: 2) {
      nodes {
        action
        targetId
        actor {
          id
        }
      }
    }
  }
`);

interface Mail {
  to_address: string;
  subject: string;
  text: string;
  kind: string;
}

const InvitationLink = graphql(`
  query InvitationLink($token: String!) {
    invitation(token: $token) {
      email
      spaceName
      spaceSlug
      spaceKind
      state
      expiresAt
    }
  }
`);

describe('invitations (docs/api.md#administration)', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    app = await TestApp.start({ PUBLIC_URL: 'https://ideas.example.test' });
    admin = await app.make.user({ role: 'ADMIN' });
    manager = await app.make.user({ role: 'MANAGER' });
  });
  afterAll(() => app.close());

  const mailTo = async (email: string): Promise<Mail> => {
    const [mail] = (await app.db.query(
      `SELECT to_address, subject, text, kind FROM outbox_messages WHERE lower(to_address) = lower($1) ORDER BY created_at DESC LIMIT 1`,
      [email],
    )) as Mail[];
    return mail;
  };
  const tokenIn = (mail: Mail): string => {
    const match = /https:\/\/ideas\.example\.test\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text);
    if (!match) throw new Error(`no invitation link in: ${mail.text}`);
    return match[1];
  };
  /** The message of a refusal that must be BAD_USER_INPUT. */
  const refusal = (result: { errors?: readonly { message: string; extensions?: { code?: string } }[] }): string => {
    expect(result).toHaveErrorCode('BAD_USER_INPUT');
    return result.errors?.[0].message ?? '';
  };
  const invite = (spaceId: string, emails: string[], by: TestUser = manager) => app.as(by).send(InviteToSpace, { spaceId, emails });
  const pending = async (spaceId: string) => (await app.as(manager).send(PendingInvitations, { spaceId })).invitations;

  it('mails each invitee a single-use link in their language, keeps only its hash, and lists it while pending', async () => {
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY' });
    const existing = await app.make.user({ role: 'CUSTOMER' });
    await app.db.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [existing.id]);
    const sent = (await invite(space.id, [existing.email.toUpperCase(), 'new.person@example.test', 'NEW.person@example.test']))
      .inviteToSpace;
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({ space: { id: space.id }, invitedBy: { id: manager.id }, acceptedAt: null, revokedAt: null });
    expect((Date.parse(sent[0].expiresAt) - Date.parse(sent[0].createdAt)) / 86_400_000).toBeCloseTo(14, 3);

    expect(await mailTo(existing.email)).toMatchObject({ kind: 'INVITATION', subject: expect.stringMatching(/vous invite/) });
    const english = await mailTo('new.person@example.test');
    expect(english.subject).toMatch(/invites you/);
    const token = tokenIn(english);
    const stored = (await app.db.query(`SELECT count(*)::int AS n FROM invitations WHERE position($1::bytea IN token_hash) > 0`, [
      Buffer.from(token),
    ])) as { n: number }[];
    expect(stored[0].n).toBe(0);

    expect((await pending(space.id)).map((invitation) => invitation.email).sort()).toEqual(
      [existing.email.toUpperCase(), 'new.person@example.test'].sort(),
    );
    expect(await app.as(existing).run(PendingInvitations, { spaceId: space.id })).toHaveErrorCode('FORBIDDEN');
    expect(
      await app.as(await app.make.user({ role: 'EMPLOYEE' })).run(InviteToSpace, { spaceId: space.id, emails: ['x@example.test'] }),
    ).toHaveErrorCode('FORBIDDEN');
  });

  it('lets the invited person join with one click, once, and only with their own email', async () => {
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY' });
    const invitee = await app.make.user({ role: 'CUSTOMER' });
    const stranger = await app.make.user({ role: 'CUSTOMER' });
    await invite(space.id, [invitee.email]);
    const token = tokenIn(await mailTo(invitee.email));

    expect(refusal(await app.as(stranger).run(AcceptInvitation, { token }))).toMatch(/sent to another email address/);
    expect((await app.as(invitee).send(AcceptInvitation, { token })).acceptInvitation).toEqual({ id: space.id, viewerIsMember: true });
    expect(refusal(await app.as(invitee).run(AcceptInvitation, { token }))).toMatch(/already used/);
    expect(refusal(await app.as(invitee).run(AcceptInvitation, { token: 'made-up' }))).toMatch(/not valid/);
    expect(await pending(space.id)).toEqual([]);
    expect(await app.as().run(AcceptInvitation, { token })).toHaveErrorCode('UNAUTHENTICATED');
  });

  it('refuses revoked and expired links, and a second invitation replaces the first', async () => {
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'OPEN' });
    const person = await app.make.user({ role: 'CUSTOMER' });
    const first = (await invite(space.id, [person.email])).inviteToSpace[0];
    const firstToken = tokenIn(await mailTo(person.email));
    expect((await app.as(manager).send(RevokeInvitation, { id: first.id })).revokeInvitation.revokedAt).toEqual(expect.any(String));
    expect(refusal(await app.as(person).run(AcceptInvitation, { token: firstToken }))).toMatch(/withdrawn/);

    await invite(space.id, [person.email]);
    const secondToken = tokenIn(await mailTo(person.email));
    await invite(space.id, [person.email]);
    const thirdToken = tokenIn(await mailTo(person.email));
    expect(refusal(await app.as(person).run(AcceptInvitation, { token: secondToken }))).toMatch(/withdrawn/);
    await app.db.query(
      `UPDATE invitations SET expires_at = now() - interval '1 second' WHERE lower(email) = lower($1) AND revoked_at IS NULL`,
      [person.email],
    );
    expect(refusal(await app.as(person).run(AcceptInvitation, { token: thirdToken }))).toMatch(/expired/);
    expect(await pending(space.id)).toEqual([]);
  });

  it('shows the holder of a link its space, address and state without a session, and nothing for a made-up token', async () => {
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY' });
    const person = await app.make.user({ role: 'CUSTOMER' });
    const [sent] = (await invite(space.id, [person.email])).inviteToSpace;
    const token = tokenIn(await mailTo(person.email));
    const link = async (asked = token) => (await app.as().send(InvitationLink, { token: asked })).invitation;

    expect(await link()).toEqual({
      email: person.email,
      spaceName: space.name,
      spaceSlug: space.slug,
      spaceKind: 'COMMUNITY',
      state: 'PENDING',
      expiresAt: sent.expiresAt,
    });
    expect(await link('made-up')).toBeNull();
    expect(await link('')).toBeNull();

    await app.as(person).send(AcceptInvitation, { token });
    expect((await link())?.state).toBe('ACCEPTED');

    await invite(space.id, ['revoked.link@example.test']);
    const revokedToken = tokenIn(await mailTo('revoked.link@example.test'));
    const [pendingOne] = await pending(space.id);
    await app.as(manager).send(RevokeInvitation, { id: pendingOne.id });
    expect((await link(revokedToken))?.state).toBe('REVOKED');

    await invite(space.id, ['expired.link@example.test']);
    const expiredToken = tokenIn(await mailTo('expired.link@example.test'));
    await app.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = 'expired.link@example.test'`);
    expect((await link(expiredToken))?.state).toBe('EXPIRED');
  });

  it('signs a new customer up from the link and makes them a member at once; a bad link creates nobody', async () => {
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'INVITE_ONLY' });
    await invite(space.id, ['fresh.customer@example.test']);
    const token = tokenIn(await mailTo('fresh.customer@example.test'));

    const wrongEmail = { email: 'someone.else@example.test', password: TEST_PASSWORD, displayName: 'Someone Else', invitationToken: token };
    expect(refusal(await app.as().run(SignUpWithInvitation, { input: wrongEmail }))).toMatch(/another email address/);
    expect(await app.db.query(`SELECT 1 FROM users WHERE email = 'someone.else@example.test'`)).toEqual([]);

    const { signUp } = await app.as().send(SignUpWithInvitation, {
      input: { email: 'Fresh.Customer@example.test', password: TEST_PASSWORD, displayName: 'Fresh Customer', invitationToken: token },
    });
    expect(signUp.user.role).toBe('CUSTOMER');
    expect((await app.as(signUp).send(InvitedSpace, { id: space.id })).space).toEqual({ id: space.id, viewerIsMember: true });
  });

  it('invites only employee accounts to internal spaces, and names every address it refuses', async () => {
    const employee = await app.make.user({ role: 'EMPLOYEE' });
    const customer = await app.make.user({ role: 'CUSTOMER' });
    const member = await app.make.user({ role: 'EMPLOYEE' });
    const space = await app.make.space({ kind: 'INTERNAL', access: 'INVITE_ONLY', members: [member] });
    const malformed = await app.as(admin).run(InviteToSpace, { spaceId: space.id, emails: [employee.email, 'not-an-email'] });
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { emails: 'not email addresses: not-an-email' },
    });
    const refused = await app
      .as(admin)
      .run(InviteToSpace, { spaceId: space.id, emails: [employee.email, customer.email, 'nobody@example.test', member.email] });
    const message = (refused.errors?.[0].extensions?.fields as Record<string, string>).emails;
    expect(message).toContain(`${customer.email} (internal spaces take employee accounts only)`);
    expect(message).toContain('nobody@example.test (internal spaces take employee accounts only)');
    expect(message).toContain(`${member.email} (already a member)`);
    expect(message).not.toContain(employee.email);
    expect(await pending(space.id)).toEqual([]);

    await invite(space.id, [employee.email], admin);
    await app.as(employee).send(AcceptInvitation, { token: tokenIn(await mailTo(employee.email)) });
    const tooMany = Array.from({ length: 201 }, (_, n) => `person${n}@example.test`);
    expect(await app.as(admin).run(InviteToSpace, { spaceId: space.id, emails: tooMany })).toHaveErrorCode('BAD_USER_INPUT');
  });

  it('audits sending and revoking', async () => {
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'OPEN' });
    const id = (await invite(space.id, ['audited@example.test'])).inviteToSpace[0].id;
    await app.as(manager).send(RevokeInvitation, { id });
    expect((await app.as(admin).send(InvitationAudit)).auditLog.nodes).toEqual([
      { action: 'INVITATION_REVOKED', targetId: id, actor: { id: manager.id } },
      { action: 'INVITATION_SENT', targetId: id, actor: { id: manager.id } },
    ]);
  });
});
