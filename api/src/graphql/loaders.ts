import type { DataSource } from 'typeorm';

import { createAwardLoaders } from '../awards/awards.loader';
import { createChallengeLoaders } from '../challenges/challenges.loader';
import { createCommentLoaders } from '../comments/comments.loader';
import type { Loaders } from '../common/request-context';
import type { SharedReads } from '../common/shared-reads';
import type { Viewer } from '../common/viewer';
import { createSpaceFollowLoaders } from '../follows/space-follows.loader';
import { createInitiativeLoaders } from '../initiatives/initiatives.loader';
import { createSpaceLoaders } from '../spaces/spaces.loader';
import { createUserLoader } from '../users/users.loader';
import { createVoiceLoaders } from '../voice/customer-voice.loader';

/**
 * Created per request (never shared), so one person's cached rows never answer another's query. For a live
 * event, `shared` lets the reads that do not depend on the viewer run once for every viewer (SharedReads).
 */
export function createLoaders(db: DataSource, viewer: Viewer | null, shared?: SharedReads): Loaders {
  const users = createUserLoader(db);
  return {
    users,
    ...createSpaceLoaders(db, viewer),
    ...createSpaceFollowLoaders(db, viewer),
    ...createInitiativeLoaders(db, viewer, users, shared),
    ...createCommentLoaders(db, viewer, shared),
    ...createAwardLoaders(db, viewer, shared),
    ...createChallengeLoaders(db),
    ...createVoiceLoaders(db),
  };
}
