import { InMemoryCache } from '@apollo/client';

import { createCache } from '../../app/apollo';
import { addCommentToCache, removeCommentFromCache } from './commentCache';

const author = { __typename: 'User', id: 'u-1', displayName: 'Camille Martin' };
const c = (id: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'Comment',
  id,
  body: `text ${id}`,
  bodyHtml: `<p>text ${id}</p>`,
  hidden: false,
  deleted: false,
  createdAt: '2026-11-20T10:00:00.000Z',
  editedAt: null,
  author,
  replies: [],
  ...extra,
});

function seed(cache: InMemoryCache, extra: Record<string, unknown> = {}) {
  cache.restore({
    'Comment:c-9': { ...c('c-9'), author: { __ref: 'User:u-1' } },
    'Initiative:i-1': {
      __typename: 'Initiative',
      id: 'i-1',
      commentCount: 2,
      followerCount: 4,
      viewerIsFollowing: false,
      comments: [{ __ref: 'Comment:c-1' }, { __ref: 'Comment:c-2' }],
      ...extra,
    },
    'Comment:c-1': { ...c('c-1'), author: { __ref: 'User:u-1' }, replies: [{ __ref: 'Comment:c-3' }] },
    'Comment:c-2': { ...c('c-2'), author: { __ref: 'User:u-1' } },
    'Comment:c-3': { ...c('c-3'), author: { __ref: 'User:u-1' } },
    'User:u-1': author,
  } as never);
}

const read = (cache: InMemoryCache, id: string) => cache.extract()[id] as Record<string, unknown>;
const refs = (value: unknown) => (value as { __ref: string }[]).map((item) => item.__ref);

describe('addCommentToCache', () => {
  it('appends a top-level comment, counts it, and makes the commenter a follower', () => {
    const cache = createCache();
    seed(cache);
    addCommentToCache(cache, { initiative: 'i-1', comment: { __typename: 'Comment', id: 'c-9' } });
    const initiative = read(cache, 'Initiative:i-1');
    expect(refs(initiative.comments)).toEqual(['Comment:c-1', 'Comment:c-2', 'Comment:c-9']);
    expect(initiative.commentCount).toBe(3);
    expect(initiative.viewerIsFollowing).toBe(true);
    expect(initiative.followerCount).toBe(5);
  });

  it('appends a reply under its parent only, and does not count a follower twice', () => {
    const cache = createCache();
    seed(cache, { viewerIsFollowing: true });
    addCommentToCache(cache, { initiative: 'i-1', parentId: 'c-1', comment: { __typename: 'Comment', id: 'c-9' } });
    expect(refs(read(cache, 'Comment:c-1').replies)).toEqual(['Comment:c-3', 'Comment:c-9']);
    expect(refs(read(cache, 'Initiative:i-1').comments)).toEqual(['Comment:c-1', 'Comment:c-2']);
    expect(read(cache, 'Initiative:i-1').commentCount).toBe(3);
    expect(read(cache, 'Initiative:i-1').followerCount).toBe(4);
  });
});

describe('removeCommentFromCache', () => {
  it('drops a top-level comment without replies and uncounts it', () => {
    const cache = createCache();
    seed(cache);
    removeCommentFromCache(cache, { initiative: 'i-1', id: 'c-2', parentId: null, replyCount: 0, hidden: false });
    expect(refs(read(cache, 'Initiative:i-1').comments)).toEqual(['Comment:c-1']);
    expect(read(cache, 'Initiative:i-1').commentCount).toBe(1);
  });

  it('keeps a top-level comment with replies as an empty "deleted" placeholder', () => {
    const cache = createCache();
    seed(cache);
    removeCommentFromCache(cache, { initiative: 'i-1', id: 'c-1', parentId: null, replyCount: 1, hidden: false });
    expect(refs(read(cache, 'Initiative:i-1').comments)).toEqual(['Comment:c-1', 'Comment:c-2']);
    expect(read(cache, 'Comment:c-1')).toMatchObject({ deleted: true, body: '', bodyHtml: '' });
  });

  it('drops a reply from its parent; a hidden comment was not counted', () => {
    const cache = createCache();
    seed(cache);
    removeCommentFromCache(cache, { initiative: 'i-1', id: 'c-3', parentId: 'c-1', replyCount: 0, hidden: true });
    expect(refs(read(cache, 'Comment:c-1').replies)).toEqual([]);
    expect(read(cache, 'Initiative:i-1').commentCount).toBe(2);
  });
});
