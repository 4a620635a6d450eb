import { canMove, INITIATIVE_STATUSES, type InitiativeStatus } from '@red-chair/domain';

import { canAnswer, legalMoves } from './statusMoves';

describe('legalMoves', () => {
  it('offers exactly the moves of the contract, never MERGED', () => {
    const expected: Record<InitiativeStatus, InitiativeStatus[]> = {
      SUBMITTED: ['UNDER_REVIEW', 'DECLINED'],
      UNDER_REVIEW: ['SELECTED', 'DECLINED'],
      SELECTED: ['IN_PROGRESS', 'DECLINED'],
      IN_PROGRESS: ['IMPLEMENTED', 'DECLINED'],
      IMPLEMENTED: [],
      DECLINED: ['UNDER_REVIEW'],
      MERGED: [],
    };
    for (const from of INITIATIVE_STATUSES) expect({ from, moves: legalMoves(from) }).toEqual({ from, moves: expected[from] });
  });

  it('agrees with canMove on every pair, MERGED aside', () => {
    for (const from of INITIATIVE_STATUSES) {
      for (const to of INITIATIVE_STATUSES) {
        expect({ from, to, offered: legalMoves(from).includes(to) }).toEqual({ from, to, offered: to !== 'MERGED' && canMove(from, to) });
      }
    }
  });
});

describe('canAnswer', () => {
  it('lets managers and admins answer while a move exists', () => {
    expect(canAnswer('MANAGER', 'SUBMITTED')).toBe(true);
    expect(canAnswer('ADMIN', 'DECLINED')).toBe(true);
    expect(canAnswer('MANAGER', 'IMPLEMENTED')).toBe(false);
    expect(canAnswer('MANAGER', 'MERGED')).toBe(false);
  });

  it('never lets employees or customers answer', () => {
    expect(canAnswer('EMPLOYEE', 'SUBMITTED')).toBe(false);
    expect(canAnswer('CUSTOMER', 'SUBMITTED')).toBe(false);
    expect(canAnswer(undefined, 'SUBMITTED')).toBe(false);
  });
});
