import { graphql } from '../../../test/support/gql';
import { TestApp, type TestUser } from '../../../test/support/test-app';

const AuditLog = graphql(`
  query AuditLog($first: Int, $after: String, $actorId: ID, $action: String) {
    auditLog(first: $first, after: $after, actorId: $actorId, action: $action) {
      nodes {
        id
        actor {
          id
        }
        action
        targetType
        targetId
        targetName
        details
        at
        ip
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

const CreateAuditedUser = graphql(`
  mutation CreateAuditedUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);

const CreateAuditedSpace = graphql(`
  mutation CreateAuditedSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      id
    }
  }
`);

const AddAuditedMember = graphql(`
  mutation AddAuditedMember($spaceId: ID!, $userId: ID!) {
    addSpaceMember(spaceId: $spaceId, userId: $userId) {
      id
    }
  }
`);

const RemoveAuditedMember = graphql(`
  mutation RemoveAuditedMember($spaceId: ID!, $userId: ID!) {
    removeSpaceMember(spaceId: $spaceId, userId: $userId) {
      id
    }
  }
`);

const DeactivateAuditedUser = graphql(`
  mutation DeactivateAuditedUser($id: ID!) {
    deactivateUser(id: $id) {
      id
    }
  }
`);

const AnswerAudited = graphql(`
  mutation AnswerAudited($input: ChangeStatusInput!) {
    changeInitiativeStatus(input: $input) {
      id
    }
  }
`);

const MergeAudited = graphql(`
  mutation MergeAudited($input: MergeInput!) {
    mergeInitiatives(input: $input) {
      id
    }
  }
`);

const CommentToModerate = graphql(`
  mutation CommentToModerate($input: CommentInput!) {
    commentOnInitiative(input: $input) {
      id
    }
  }
`);

const HideAudited = graphql(`
  mutation HideAudited($id: ID!) {
    hideComment(id: $id) {
      id
    }
  }
`);

const UnhideAudited = graphql(`
  mutation UnhideAudited($id: ID!) {
    unhideComment(id: $id) {
      id
    }
  }
`);

const CreateAuditedAward = graphql(`
  mutation CreateAuditedAward($input: CreateAwardInput!) {
    createAward(input: $input) {
      id
    }
  }
`);

const GrantAudited = graphql(`
  mutation GrantAudited($input: GrantAwardInput!) {
    grantAward(input: $input) {
      id
    }
  }
`);

const RevokeAudited = graphql(`
  mutation RevokeAudited($id: ID!, $reason: String!) {
    revokeAwardGrant(id: $id, reason: $reason) {
      id
    }
  }
`);

const LaunchAudited = graphql(`
  mutation LaunchAudited($input: LaunchChallengeInput!) {
    launchChallenge(input: $input) {
      id
    }
  }
`);

describe('audit log (docs/api.md#administration)', () => {
  let app: TestApp;
  let admin: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.make.user({ role: 'ADMIN' });
    manager = await app.make.user({ role: 'MANAGER' });
  });
  afterAll(() => app.close());

  const entries = async (variables: { actorId?: string; action?: string } = {}) =>
    (await app.as(admin).send(AuditLog, { first: 100, ...variables })).auditLog.nodes;
  const latest = async () => (await app.as(admin).send(AuditLog, { first: 1 })).auditLog.nodes[0];

  it('records each administrative action with its actor, target, details and address, in its own transaction', async () => {
    const created = await app.as(admin).send(CreateAuditedUser, {
      input: { email: 'new.person@example.test', password: 'a-long-password', displayName: 'New Person', role: 'EMPLOYEE' },
    });
    const userId = created.createUser.id;
    expect(await latest()).toMatchObject({
      actor: { id: admin.id },
      action: 'USER_CREATED',
      targetType: 'USER',
      targetId: userId,
      targetName: 'New Person',
      ip: expect.stringMatching(/\d/),
    });
    expect(JSON.parse((await latest()).details)).toEqual({ email: 'new.person@example.test', role: 'EMPLOYEE' });

    const space = await app
      .as(admin)
      .send(CreateAuditedSpace, { input: { name: 'Silver Lab', slug: 'silver-lab', kind: 'COMMUNITY', access: 'INVITE_ONLY' } });
    const spaceId = space.createSpace.id;
    expect(await latest()).toMatchObject({ action: 'SPACE_CREATED', targetType: 'SPACE', targetId: spaceId, targetName: 'Silver Lab' });

    await app.as(manager).send(AddAuditedMember, { spaceId, userId });
    expect(await latest()).toMatchObject({ actor: { id: manager.id }, action: 'MEMBER_ADDED', targetId: spaceId });
    expect(JSON.parse((await latest()).details)).toEqual({ userId });
    await app.as(manager).send(RemoveAuditedMember, { spaceId, userId });
    expect(await latest()).toMatchObject({ action: 'MEMBER_REMOVED', targetId: spaceId });

    await app.as(admin).send(DeactivateAuditedUser, { id: userId });
    expect(await latest()).toMatchObject({ action: 'USER_DEACTIVATED', targetId: userId });
  });

  it('records the moderation, answers and recognition of initiatives', async () => {
    const employee = await app.make.user({ role: 'EMPLOYEE' });
    const space = await app.make.space({ kind: 'INTERNAL', access: 'OPEN' });
    const idea = (await app.make.initiative({ space, author: employee })).id;
    const duplicate = (await app.make.initiative({ space, author: employee })).id;
    const [{ title }] = (await app.db.query('SELECT title FROM initiatives WHERE id = $1', [idea])) as { title: string }[];

    await app.as(manager).send(AnswerAudited, { input: { initiativeId: idea, status: 'UNDER_REVIEW', note: 'Looking' } });
    expect(await latest()).toMatchObject({ action: 'STATUS_CHANGED', targetType: 'INITIATIVE', targetId: idea, targetName: title });
    expect(JSON.parse((await latest()).details)).toEqual({ from: 'SUBMITTED', to: 'UNDER_REVIEW', note: 'Looking' });

    await app.as(manager).send(MergeAudited, { input: { sourceId: duplicate, targetId: idea, note: 'Same idea' } });
    expect(await latest()).toMatchObject({ action: 'INITIATIVES_MERGED', targetId: duplicate });
    expect(JSON.parse((await latest()).details)).toMatchObject({ targetId: idea });

    const commentId = (await app.as(employee).send(CommentToModerate, { input: { initiativeId: idea, body: 'Hello' } })).commentOnInitiative
      .id;
    await app.as(manager).send(HideAudited, { id: commentId });
    expect(await latest()).toMatchObject({ action: 'COMMENT_HIDDEN', targetType: 'COMMENT', targetId: commentId, targetName: title });
    await app.as(manager).send(UnhideAudited, { id: commentId });
    expect(await latest()).toMatchObject({ action: 'COMMENT_UNHIDDEN', targetId: commentId });

    const awardId = (await app.as(manager).send(CreateAuditedAward, { input: { name: 'Customer first', description: 'For the best' } }))
      .createAward.id;
    expect(await latest()).toMatchObject({ action: 'AWARD_CREATED', targetType: 'AWARD', targetId: awardId, targetName: 'Customer first' });
    const grantId = (await app.as(manager).send(GrantAudited, { input: { awardId, initiativeId: idea, citation: 'It changed our shops' } }))
      .grantAward.id;
    expect(await latest()).toMatchObject({ action: 'AWARD_GRANTED', targetType: 'AWARD_GRANT', targetId: grantId, targetName: title });
    await app.as(manager).send(RevokeAudited, { id: grantId, reason: 'Granted twice by mistake' });
    expect(await latest()).toMatchObject({ action: 'AWARD_REVOKED', targetId: grantId });

    const opensAt = new Date(Date.now() + 86_400_000).toISOString();
    const closesAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const challenge = await app
      .as(manager)
      .send(LaunchAudited, { input: { spaceId: space.id, title: 'Greener stores', brief: 'Ideas to waste less', opensAt, closesAt } });
    expect(await latest()).toMatchObject({
      action: 'CHALLENGE_LAUNCHED',
      targetType: 'CHALLENGE',
      targetId: challenge.launchChallenge.id,
      targetName: 'Greener stores',
    });
  });

  it('writes nothing for a refused action, nor for one that changes nothing', async () => {
    const before = (await entries()).length;
    expect(
      await app.as(admin).run(CreateAuditedSpace, { input: { name: 'Again', slug: 'silver-lab', kind: 'COMMUNITY', access: 'OPEN' } }),
    ).toHaveErrorCode('CONFLICT');
    expect(await app.as(manager).run(CreateAuditedAward, { input: { name: 'Customer first' } })).toHaveErrorCode('CONFLICT');
    const space = await app.make.space({ kind: 'COMMUNITY', access: 'OPEN' });
    const customer = await app.make.user({ role: 'CUSTOMER' });
    await app.as(manager).send(RemoveAuditedMember, { spaceId: space.id, userId: customer.id });
    expect(await entries()).toHaveLength(before);
  });

  it('lists newest first, filters by actor and action, pages by keys, and is for admins only', async () => {
    const all = await entries();
    const times = all.map((entry) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);
    const byManager = await entries({ actorId: manager.id });
    expect(byManager.length).toBeGreaterThan(0);
    expect(byManager.every((entry) => entry.actor?.id === manager.id)).toBe(true);
    const hidden = await entries({ action: 'COMMENT_HIDDEN' });
    expect(hidden.map((entry) => entry.action)).toEqual(['COMMENT_HIDDEN']);

    const first = (await app.as(admin).send(AuditLog, { first: 2 })).auditLog;
    const second = (await app.as(admin).send(AuditLog, { first: 2, after: first.pageInfo.endCursor })).auditLog;
    expect([...first.nodes, ...second.nodes].map((entry) => entry.id)).toEqual(all.slice(0, 4).map((entry) => entry.id));
    expect(first.totalCount).toBe(all.length);

    expect(await app.as(manager).run(AuditLog, {})).toHaveErrorCode('FORBIDDEN');
    expect(await app.as(admin).run(AuditLog, { action: 'NOT_AN_ACTION' })).toHaveErrorCode('BAD_USER_INPUT');
    expect(await app.as(admin).run(AuditLog, { actorId: 'nope' })).toHaveErrorCode('BAD_USER_INPUT');
  });

  it('is append-only at the database: UPDATE, DELETE and TRUNCATE fail even for the table owner', async () => {
    const [owner] = (await app.db.query(
      `SELECT tableowner = current_user AS "isOwner" FROM pg_tables WHERE tablename = 'audit_entries'`,
    )) as { isOwner: boolean }[];
    expect(owner.isOwner).toBe(true);
    await expect(app.db.query(`UPDATE audit_entries SET action = 'USER_CREATED'`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`DELETE FROM audit_entries`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
    expect((await entries()).length).toBeGreaterThan(0);
  });
});
