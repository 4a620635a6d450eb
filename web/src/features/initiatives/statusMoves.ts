import { canMove, isManager, noteRequired, STATUS_MOVES, type InitiativeStatus, type Role } from '@red-chair/domain';

/**
 * The answers a manager may give now: the contract's moves from `@red-chair/domain`, except MERGED,
 * which only merging two initiatives reaches (never offered as a plain status change).
 */
export function legalMoves(from: InitiativeStatus): InitiativeStatus[] {
  return STATUS_MOVES[from].filter((to) => to !== 'MERGED' && canMove(from, to));
}

/** Whether this person sees the "Change status" control for an initiative in this status. */
export const canAnswer = (role: Role | undefined, status: InitiativeStatus): boolean =>
  !!role && isManager(role) && legalMoves(status).length > 0;

export { noteRequired };
