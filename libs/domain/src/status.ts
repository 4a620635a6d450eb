import type { InitiativeStatus } from './initiatives';

/**
 * The moves of docs/api.md#initiatives-and-their-life a manager may make with `changeInitiativeStatus`. MERGED is reached only
 * through `mergeInitiatives` (see `canMerge`), never by a plain status change.
 */
export const STATUS_MOVES: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  SUBMITTED: ['UNDER_REVIEW', 'DECLINED'],
  UNDER_REVIEW: ['SELECTED', 'DECLINED'],
  SELECTED: ['IN_PROGRESS', 'DECLINED'],
  IN_PROGRESS: ['IMPLEMENTED', 'DECLINED'],
  IMPLEMENTED: [],
  DECLINED: ['UNDER_REVIEW'],
  MERGED: [],
};

/** Statuses still in play: an initiative in one of these can be merged into another. */
export const OPEN_STATUSES: readonly InitiativeStatus[] = ['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS'];

export const canMove = (from: InitiativeStatus, to: InitiativeStatus): boolean => STATUS_MOVES[from].includes(to);

export const canMerge = (from: InitiativeStatus): boolean => OPEN_STATUSES.includes(from);

/** The follow-up note is the public answer; declining or merging without one is not allowed. */
export const noteRequired = (to: InitiativeStatus): boolean => to === 'DECLINED' || to === 'MERGED';

/** Votes stop counting once an idea is declined or folded into another. */
export const acceptsVotes = (status: InitiativeStatus): boolean => status !== 'DECLINED' && status !== 'MERGED';

export const STATUS_NOTE_MAX = 2000;
