import { graphql } from '../../../test/support/gql';
import { VoteInitiative } from '../../../test/support/operations';
import { TestApp } from '../../../test/support/test-app';

const SpaceParticipants = graphql(`
  query SpaceParticipants {
    spaces {
      id
      memberCount
      participantCount
    }
  }
`);

describe('Space.participantCount', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('counts each person who proposed, voted or commented once, whatever the number of spaces asked', async () => {
    const [author, voter, commenter, both, manager] = await Promise.all([
      app.make.user(),
      app.make.user(),
      app.make.user(),
      app.make.user(),
      app.make.user({ role: 'MANAGER' }),
    ]);
    const open = await app.make.space({ kind: 'INTERNAL', access: 'OPEN' });
    const quiet = await app.make.space({ kind: 'INTERNAL', access: 'OPEN' });
    const first = await app.make.initiative({ space: open, author });
    const second = await app.make.initiative({ space: open, author });
    await app.as(voter).send(VoteInitiative, { initiativeId: first.id });
    await app.as(both).send(VoteInitiative, { initiativeId: second.id });
    await app.make.comment({ initiative: first, author: both });
    await app.make.comment({ initiative: second, author }); // the author counts once
    await app.make.comment({ initiative: second, author: commenter });

    const statements = await app.countStatements(async () => {
      const { spaces } = await app.as(manager).send(SpaceParticipants);
      const byId = new Map(spaces.map((space) => [space.id, space]));
      expect(byId.get(open.id)).toMatchObject({ memberCount: 0, participantCount: 4 });
      expect(byId.get(quiet.id)).toMatchObject({ participantCount: 0 });
    });
    // One statement for the spaces, one per batched field, whatever the number of spaces.
    expect(statements).toBeLessThanOrEqual(5);
  });
});
