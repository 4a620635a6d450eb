import { optimisticUnvote, optimisticVote } from './voteCache';

const state = { id: 'i-1', voteCount: 4, viewerHasVoted: false, viewerIsFollowing: false, followerCount: 2 };

describe('optimistic votes', () => {
  it('predicts one more vote, and that the voter now follows', () => {
    expect(optimisticVote(state)).toEqual({
      __typename: 'Initiative',
      id: 'i-1',
      voteCount: 5,
      viewerHasVoted: true,
      viewerIsFollowing: true,
      followerCount: 3,
    });
  });

  it('never counts a vote twice nor a follower twice', () => {
    expect(optimisticVote({ ...state, viewerHasVoted: true, voteCount: 5, viewerIsFollowing: true })).toMatchObject({
      voteCount: 5,
      followerCount: 2,
    });
  });

  it('predicts one vote fewer on unvote, never below zero, and leaves following alone', () => {
    expect(optimisticUnvote({ ...state, viewerHasVoted: true, voteCount: 5 })).toEqual({
      __typename: 'Initiative',
      id: 'i-1',
      voteCount: 4,
      viewerHasVoted: false,
    });
    expect(optimisticUnvote({ ...state, viewerHasVoted: true, voteCount: 0 })).toMatchObject({ voteCount: 0 });
    expect(optimisticUnvote(state)).toMatchObject({ voteCount: 4 });
  });
});
