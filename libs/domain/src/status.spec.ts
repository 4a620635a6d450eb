import { INITIATIVE_STATUSES, type InitiativeStatus } from './initiatives';
import { acceptsVotes, canMerge, canMove, noteRequired, STATUS_MOVES } from './status';

// docs/api.md#initiatives-and-their-life, written out as the full set of allowed pairs; every other pair must be refused.
const ALLOWED = new Set([
  'SUBMITTED>UNDER_REVIEW',
  'SUBMITTED>DECLINED',
  'UNDER_REVIEW>SELECTED',
  'UNDER_REVIEW>DECLINED',
  'SELECTED>IN_PROGRESS',
  'SELECTED>DECLINED',
  'IN_PROGRESS>IMPLEMENTED',
  'IN_PROGRESS>DECLINED',
  'DECLINED>UNDER_REVIEW',
]);

describe('canMove', () => {
  const pairs: [InitiativeStatus, InitiativeStatus][] = INITIATIVE_STATUSES.flatMap((from) =>
    INITIATIVE_STATUSES.map((to) => [from, to] as [InitiativeStatus, InitiativeStatus]),
  );
  it.each(pairs)('%s → %s follows the contract', (from, to) => {
    expect(canMove(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('never reaches MERGED through a plain move', () => {
    expect(Object.values(STATUS_MOVES).some((targets) => targets.includes('MERGED'))).toBe(false);
  });
});

describe('canMerge', () => {
  it.each(INITIATIVE_STATUSES)('%s', (status) => {
    expect(canMerge(status)).toBe(['SUBMITTED', 'UNDER_REVIEW', 'SELECTED', 'IN_PROGRESS'].includes(status));
  });
});

describe('noteRequired and acceptsVotes', () => {
  it('requires a note for DECLINED and MERGED only', () => {
    expect(INITIATIVE_STATUSES.filter(noteRequired)).toEqual(['DECLINED', 'MERGED']);
  });
  it('refuses votes on DECLINED and MERGED only', () => {
    expect(INITIATIVE_STATUSES.filter((s) => !acceptsVotes(s))).toEqual(['DECLINED', 'MERGED']);
  });
});
