import type { Role } from './roles';
import { canSeeSpace, type SpaceAccess, type SpaceKind } from './spaces';

type Cell = 'yes' | 'never' | 'members';
// The table of docs/api.md#visibility, written out cell by cell.
const TABLE: Record<Role, Record<`${SpaceKind} ${SpaceAccess}`, Cell>> = {
  CUSTOMER: { 'INTERNAL OPEN': 'never', 'INTERNAL INVITE_ONLY': 'never', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'members' },
  EMPLOYEE: { 'INTERNAL OPEN': 'yes', 'INTERNAL INVITE_ONLY': 'members', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'yes' },
  MANAGER: { 'INTERNAL OPEN': 'yes', 'INTERNAL INVITE_ONLY': 'yes', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'yes' },
  ADMIN: { 'INTERNAL OPEN': 'yes', 'INTERNAL INVITE_ONLY': 'yes', 'COMMUNITY OPEN': 'yes', 'COMMUNITY INVITE_ONLY': 'yes' },
};

describe('canSeeSpace', () => {
  for (const [role, row] of Object.entries(TABLE) as [Role, Record<string, Cell>][]) {
    for (const [column, cell] of Object.entries(row)) {
      const [kind, access] = column.split(' ') as [SpaceKind, SpaceAccess];
      it(`${role} in ${column}: ${cell}`, () => {
        expect(canSeeSpace(role, { kind, access }, true)).toBe(cell !== 'never');
        expect(canSeeSpace(role, { kind, access }, false)).toBe(cell === 'yes');
      });
    }
  }
});
