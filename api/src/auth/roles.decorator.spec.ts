import { rolesRefusal } from './roles.decorator';

describe('rolesRefusal', () => {
  it('names the roles that may act', () => {
    expect(rolesRefusal(['ADMIN'])).toBe('Only admins can do this.');
    expect(rolesRefusal(['MANAGER', 'ADMIN'])).toBe('Only managers and admins can do this.');
    expect(rolesRefusal(['EMPLOYEE', 'MANAGER', 'ADMIN'])).toBe('Only employees, managers and admins can do this.');
  });
});
