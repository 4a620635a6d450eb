/**
 * Test data shaped like the API's answers (with `__typename`, as the cache expects). Tests only:
 * nothing in the app imports this file.
 */
import type { Role } from '@red-chair/domain';

export const person = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });

export const viewer = (role: Role, id = 'u-viewer', displayName = 'Viewer Person') => ({
  __typename: 'User' as const,
  id,
  displayName,
  email: `${id}@redchair.test`,
  role,
  locale: 'en',
});

export interface CommentFixture {
  __typename: 'Comment';
  id: string;
  body: string;
  bodyHtml: string;
  hidden: boolean;
  deleted: boolean;
  createdAt: string;
  editedAt: string | null;
  author: ReturnType<typeof person>;
  replies: Omit<CommentFixture, 'replies'>[];
}

export function comment(id: string, author: ReturnType<typeof person>, body: string, extra: Partial<CommentFixture> = {}): CommentFixture {
  return {
    __typename: 'Comment',
    id,
    body,
    bodyHtml: body ? `<p>${body}</p>` : '',
    hidden: false,
    deleted: false,
    createdAt: '2026-11-20T10:00:00.000Z',
    editedAt: null,
    author,
    replies: [],
    ...extra,
  };
}

export const reply = (id: string, author: ReturnType<typeof person>, body: string, extra: Partial<CommentFixture> = {}) => {
  const { replies: _replies, ...rest } = comment(id, author, body, extra);
  return rest;
};

/** Everything the initiative page reads (InitiativePage query). */
export function initiative(extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Initiative' as const,
    id: 'i-1',
    title: 'Redesign the loyalty programme around services',
    bodyHtml: '<p>I would trade my points for a <strong>free repair</strong>.</p>',
    status: 'SUBMITTED' as const,
    orientation: 'CUSTOMER' as const,
    tags: ['loyalty'],
    voteCount: 4,
    commentCount: 0,
    followerCount: 2,
    viewerHasVoted: false,
    viewerIsFollowing: false,
    awaitingResponse: false,
    createdAt: '2026-11-07T09:00:00.000Z',
    responseDueAt: '2026-11-21T09:00:00.000Z',
    lastActivityAt: '2026-11-20T10:00:00.000Z',
    author: person('u-author', 'Jeanne Dubois'),
    space: {
      __typename: 'Space' as const,
      id: 's-1',
      slug: 'community',
      name: 'Customer community',
      responseSlaDays: 14,
      kind: 'COMMUNITY',
      reviewBelowAverage: 3,
      reviewMinRatings: 25,
    },
    awards: [] as unknown[],
    challenge: null as unknown,
    mergedInto: null as unknown,
    ratingAverage: null as number | null,
    ratingCount: 0,
    viewerRating: null as number | null,
    needsReview: false,
    statusHistory: [] as unknown[],
    comments: [] as CommentFixture[],
    ...extra,
  };
}
