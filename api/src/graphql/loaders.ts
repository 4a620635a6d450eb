import type { DataSource } from 'typeorm';

import { createAwardLoaders } from '../awards/awards.loader';
import { createChallengeLoaders } from '../challenges/challenges.loader';
import { createCommentLoaders } from '../comments/comments.loader';
import type { Loaders } from '../common/request-context';
import type { Viewer } from '../common/viewer';
import { createSpaceFollowLoaders } from '../follows/space-follows.loader';
import { createInitiativeLoaders } from '../initiatives/initiatives.loader';
import { createSpaceLoaders } from '../spaces/spaces.loader';
import { createUserLoader } from '../users/users.loader';
import { createVoiceLoaders } from '../voice/customer-voice.loader';

/** Created per request (never shared), so one person's cached rows never answer another's query. */
export function createLoaders(db: DataSource, viewer: Viewer | null): Loaders {
  const users = createUserLoader(db);
  return {
    users,
    ...createSpaceLoaders(db, viewer),
    ...createSpaceFollowLoaders(db, viewer),
    ...createInitiativeLoaders(db, viewer, users),
    ...createCommentLoaders(db, viewer),
    ...createAwardLoaders(db, viewer),
    ...createChallengeLoaders(db),
    ...createVoiceLoaders(db),
  };
}
