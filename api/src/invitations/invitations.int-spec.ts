import { TEST_PASSWORD, type TestUser } from '../../../test/support/test-app';
import { UntypedTestApp as TestApp } from '../../../test/support/untyped-app';

const INVITE = `mutation($s: ID!, $e: [String!]!) { inviteToSpace(spaceId: $s, emails: $e) { id email space { id } invitedBy { id } createdAt expiresAt acceptedAt revokedAt } }`;
const PENDING = `query($s: ID!) { invitations(spaceId: $s) { id email } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { id viewerIsMember } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id role } } }`;

interface Mail {
  to_address: string;
  subject: string;
  text: string;
  kind: string;
}

describe('invitations (docs/api.md#administration)', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    app = await TestApp.start({ PUBLIC_URL: 'https://ideas.example.test' });
    admin = await app.user('ADMIN');
    manager = await app.user('MANAGER');
  });
  afterAll(() => app.close());

  const mailTo = async (email: string): Promise<Mail> => {
    const [mail] = (await app.db.query(`SELECT to_address, subject, text, kind FROM outbox_messages WHERE lower(to_address) = lower($1) ORDER BY created_at DESC LIMIT 1`, [email])) as Mail[];
    return mail;
  };
  const tokenIn = (mail: Mail): string => {
    const match = /https:\/\/ideas\.example\.test\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text);
    if (!match) throw new Error(`no invitation link in: ${mail.text}`);
    return match[1];
  };
  const refusal = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const result = await app.gql(query, variables, token);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors?.[0].message ?? '';
  };

  it('mails each invitee a single-use link in their language, keeps only its hash, and lists it while pending', async () => {
    const space = await app.space('COMMUNITY', 'INVITE_ONLY');
    const existing = await app.user('CUSTOMER');
    await app.db.query(`UPDATE users SET locale = 'fr' WHERE id = $1`, [existing.id]);
    const sent = await app.ok(INVITE, { s: space.id, e: [existing.email.toUpperCase(), 'new.person@example.test', 'NEW.person@example.test'] }, manager.token);
    expect(sent.inviteToSpace).toHaveLength(2);
    expect(sent.inviteToSpace[0]).toMatchObject({ space: { id: space.id }, invitedBy: { id: manager.id }, acceptedAt: null, revokedAt: null });
    const days = (Date.parse(sent.inviteToSpace[0].expiresAt) - Date.parse(sent.inviteToSpace[0].createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(14, 3);

    const french = await mailTo(existing.email);
    expect(french).toMatchObject({ kind: 'INVITATION', subject: expect.stringMatching(/vous invite/) });
    const english = await mailTo('new.person@example.test');
    expect(english.subject).toMatch(/invites you/);
    const token = tokenIn(english);
    const stored = (await app.db.query(`SELECT count(*)::int AS n FROM invitations WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'`, [token])) as { n: number }[];
    expect(stored[0].n).toBe(0);

    const pending = await app.ok(PENDING, { s: space.id }, manager.token);
    expect(pending.invitations.map((i: { email: string }) => i.email).sort()).toEqual([existing.email.toUpperCase(), 'new.person@example.test'].sort());
    expect(await app.code(PENDING, { s: space.id }, existing.token)).toBe('FORBIDDEN');
    expect(await app.code(INVITE, { s: space.id, e: ['x@example.test'] }, (await app.user('EMPLOYEE')).token)).toBe('FORBIDDEN');
  });

  it('lets the invited person join with one click, once, and only with their own email', async () => {
    const space = await app.space('COMMUNITY', 'INVITE_ONLY');
    const invitee = await app.user('CUSTOMER');
    const stranger = await app.user('CUSTOMER');
    await app.ok(INVITE, { s: space.id, e: [invitee.email] }, manager.token);
    const token = tokenIn(await mailTo(invitee.email));

    expect(await refusal(ACCEPT, { t: token }, stranger.token)).toMatch(/sent to another email address/);
    expect((await app.ok(ACCEPT, { t: token }, invitee.token)).acceptInvitation).toEqual({ id: space.id, viewerIsMember: true });
    expect(await refusal(ACCEPT, { t: token }, invitee.token)).toMatch(/already used/);
    expect(await refusal(ACCEPT, { t: 'made-up' }, invitee.token)).toMatch(/not valid/);
    expect((await app.ok(PENDING, { s: space.id }, admin.token)).invitations).toEqual([]);
    expect(await app.code(ACCEPT, { t: token })).toBe('UNAUTHENTICATED');
  });

  it('refuses revoked and expired links, and a second invitation replaces the first', async () => {
    const space = await app.space('COMMUNITY', 'OPEN');
    const person = await app.user('CUSTOMER');
    const first = await app.ok(INVITE, { s: space.id, e: [person.email] }, manager.token);
    const firstToken = tokenIn(await mailTo(person.email));
    const revoked = await app.ok(REVOKE, { id: first.inviteToSpace[0].id }, manager.token);
    expect(revoked.revokeInvitation.revokedAt).toEqual(expect.any(String));
    expect(await refusal(ACCEPT, { t: firstToken }, person.token)).toMatch(/withdrawn/);

    await app.ok(INVITE, { s: space.id, e: [person.email] }, manager.token);
    const secondToken = tokenIn(await mailTo(person.email));
    await app.ok(INVITE, { s: space.id, e: [person.email] }, manager.token);
    const thirdToken = tokenIn(await mailTo(person.email));
    expect(await refusal(ACCEPT, { t: secondToken }, person.token)).toMatch(/withdrawn/);
    await app.db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE lower(email) = lower($1) AND revoked_at IS NULL`, [person.email]);
    expect(await refusal(ACCEPT, { t: thirdToken }, person.token)).toMatch(/expired/);
    expect((await app.ok(PENDING, { s: space.id }, manager.token)).invitations).toEqual([]);
  });

  it('signs a new customer up from the link and makes them a member at once; a bad link creates nobody', async () => {
    const space = await app.space('COMMUNITY', 'INVITE_ONLY');
    await app.ok(INVITE, { s: space.id, e: ['fresh.customer@example.test'] }, manager.token);
    const token = tokenIn(await mailTo('fresh.customer@example.test'));

    const wrongEmail = { email: 'someone.else@example.test', password: TEST_PASSWORD, displayName: 'Someone Else', invitationToken: token };
    expect(await refusal(SIGN_UP, { input: wrongEmail })).toMatch(/another email address/);
    expect(await app.db.query(`SELECT 1 FROM users WHERE email = 'someone.else@example.test'`)).toEqual([]);

    const signedUp = await app.ok(SIGN_UP, { input: { email: 'Fresh.Customer@example.test', password: TEST_PASSWORD, displayName: 'Fresh Customer', invitationToken: token } });
    expect(signedUp.signUp.user.role).toBe('CUSTOMER');
    const seen = await app.ok(`query($id: ID) { space(id: $id) { id viewerIsMember } }`, { id: space.id }, signedUp.signUp.token);
    expect(seen.space).toEqual({ id: space.id, viewerIsMember: true });
  });

  it('invites only employee accounts to internal spaces, and names every address it refuses', async () => {
    const space = await app.space('INTERNAL', 'INVITE_ONLY');
    const employee = await app.user('EMPLOYEE');
    const customer = await app.user('CUSTOMER');
    const member = await app.user('EMPLOYEE');
    await app.db.query(`INSERT INTO space_members (space_id, user_id) VALUES ($1, $2)`, [space.id, member.id]);
    const result = await app.gql(INVITE, { s: space.id, e: [employee.email, customer.email, 'nobody@example.test', member.email, 'not-an-email'] }, admin.token);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { emails: 'not email addresses: not-an-email' } });
    const refused = await app.gql(INVITE, { s: space.id, e: [employee.email, customer.email, 'nobody@example.test', member.email] }, admin.token);
    const message = (refused.errors?.[0].extensions?.fields as Record<string, string>).emails;
    expect(message).toContain(`${customer.email} (internal spaces take employee accounts only)`);
    expect(message).toContain('nobody@example.test (internal spaces take employee accounts only)');
    expect(message).toContain(`${member.email} (already a member)`);
    expect(message).not.toContain(employee.email);
    expect((await app.ok(PENDING, { s: space.id }, admin.token)).invitations).toEqual([]);

    await app.ok(INVITE, { s: space.id, e: [employee.email] }, admin.token);
    await app.ok(ACCEPT, { t: tokenIn(await mailTo(employee.email)) }, employee.token);
    const tooMany = Array.from({ length: 201 }, (_, n) => `person${n}@example.test`);
    expect(await app.code(INVITE, { s: space.id, e: tooMany }, admin.token)).toBe('BAD_USER_INPUT');
  });

  it('audits sending and revoking', async () => {
    const space = await app.space('COMMUNITY', 'OPEN');
    const sent = await app.ok(INVITE, { s: space.id, e: ['audited@example.test'] }, manager.token);
    const id = sent.inviteToSpace[0].id as string;
    await app.ok(REVOKE, { id }, manager.token);
    const log = await app.ok(`{ auditLog(first: 2) { nodes { action targetId actor { id } } } }`, {}, admin.token);
    expect(log.auditLog.nodes).toEqual([
      { action: 'INVITATION_REVOKED', targetId: id, actor: { id: manager.id } },
      { action: 'INVITATION_SENT', targetId: id, actor: { id: manager.id } },
    ]);
  });
});
