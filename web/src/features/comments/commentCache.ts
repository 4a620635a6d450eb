import type { ApolloCache, Reference, StoreObject } from '@apollo/client';

const initiativeId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Initiative', id });
const commentId = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Comment', id });

/**
 * A comment the server just created goes to the end of its list (the thread, or its parent's
 * replies), the initiative counts one more, and the commenter now follows it (docs/api.md#initiatives-and-their-life).
 */
export function addCommentToCache(
  cache: ApolloCache,
  { initiative, parentId, comment }: { initiative: string; parentId?: string | null; comment: StoreObject },
) {
  const ref = cache.identify(comment);
  if (!ref) return;
  const append = (existing: readonly Reference[] = [], { toReference }: { toReference: (id: string) => Reference | undefined }) => {
    const next = toReference(ref);
    if (!next || existing.some((item) => item.__ref === next.__ref)) return existing;
    return [...existing, next];
  };
  if (parentId) cache.modify({ id: commentId(cache, parentId), fields: { replies: append } });
  let wasFollowing = true;
  cache.modify({
    id: initiativeId(cache, initiative),
    fields: {
      ...(parentId ? {} : { comments: append }),
      commentCount: (count: number) => count + 1,
      viewerIsFollowing: (value: boolean) => {
        wasFollowing = value;
        return true;
      },
    },
  });
  if (!wasFollowing) cache.modify({ id: initiativeId(cache, initiative), fields: { followerCount: (count: number) => count + 1 } });
}

export interface DeletedComment {
  initiative: string;
  id: string;
  parentId: string | null;
  /** Replies it still has: a top-level comment with replies stays as a "deleted" placeholder. */
  replyCount: number;
  /** Hidden comments are already out of `commentCount`. */
  hidden: boolean;
}

/** What the server's thread looks like after `deleteComment` (see the API's `threadFor`). */
export function removeCommentFromCache(cache: ApolloCache, { initiative, id, parentId, replyCount, hidden }: DeletedComment) {
  const drop = (existing: readonly Reference[] = [], { readField }: { readField: (field: string, from: Reference) => unknown }) =>
    existing.filter((item) => readField('id', item) !== id);
  if (parentId) {
    cache.modify({ id: commentId(cache, parentId), fields: { replies: drop } });
  } else if (replyCount > 0) {
    cache.modify({ id: commentId(cache, id), fields: { deleted: () => true, body: () => '', bodyHtml: () => '' } });
  } else {
    cache.modify({ id: initiativeId(cache, initiative), fields: { comments: drop } });
  }
  if (!hidden) cache.modify({ id: initiativeId(cache, initiative), fields: { commentCount: (count: number) => Math.max(0, count - 1) } });
}

/** Hiding takes a comment out of `commentCount`; showing it again puts it back. */
export function adjustCommentCount(cache: ApolloCache, initiative: string, delta: number) {
  cache.modify({ id: initiativeId(cache, initiative), fields: { commentCount: (count: number) => Math.max(0, count + delta) } });
}
