import { INVITATION_LIMITS, SPACE_LIMITS } from '@red-chair/domain';

import { newSpaceValues, parseEmails, singlePersonCsv, slugFrom, validateInvitees, validatePerson, validateSpace } from './adminValidation';

describe('validatePerson', () => {
  const valid = {
    email: 'ada@example.com',
    displayName: 'Ada Lovelace',
    role: 'EMPLOYEE' as const,
    passwordChoice: 'LINK' as const,
    password: '',
  };

  it('needs no password when a link is mailed, and one of the sign-up length when typed', () => {
    expect(validatePerson(valid)).toEqual({});
    expect(validatePerson({ ...valid, passwordChoice: 'TYPED' })).toEqual({ password: { key: 'validation.required' } });
    expect(validatePerson({ ...valid, passwordChoice: 'TYPED', password: 'short' })).toEqual({
      password: { key: 'validation.minLength', vars: { min: 10 } },
    });
    expect(validatePerson({ ...valid, passwordChoice: 'TYPED', password: 'long-enough-password' })).toEqual({});
  });

  it('requires an email, a name of the right length and a role', () => {
    expect(validatePerson({ ...valid, email: 'nope', displayName: 'A', role: '' })).toEqual({
      email: { key: 'validation.email' },
      displayName: { key: 'validation.lengthBetween', vars: { min: 2, max: 80 } },
      role: { key: 'validation.chooseOne' },
    });
  });
});

describe('singlePersonCsv', () => {
  it('writes the import header and one line, quoting what needs it', () => {
    expect(singlePersonCsv({ email: ' ada@example.com ', displayName: 'Lovelace, "Ada"', role: 'MANAGER' })).toBe(
      'email,displayName,role,spaces\nada@example.com,"Lovelace, ""Ada""",MANAGER,\n',
    );
  });
});

describe('validateSpace', () => {
  const filled = {
    ...newSpaceValues(),
    name: 'Silver Lab',
    slug: 'silver-lab',
    kind: 'COMMUNITY' as const,
    access: 'INVITE_ONLY' as const,
  };

  it('accepts the contract defaults and a comma as the decimal separator', () => {
    expect(validateSpace(filled, { creating: true })).toEqual({});
    expect(validateSpace({ ...filled, reviewBelowAverage: '2,5' }, { creating: true })).toEqual({});
  });

  it('mirrors the contract: slug form, kind and access chosen, numbers within their bounds', () => {
    const issues = validateSpace(
      { ...newSpaceValues(), name: 'S', slug: 'Silver Lab', responseSlaDays: '400', reviewBelowAverage: '3.125', reviewMinRatings: '0' },
      { creating: true },
    );
    expect(issues).toEqual({
      name: { key: 'validation.lengthBetween', vars: { min: SPACE_LIMITS.nameMin, max: SPACE_LIMITS.nameMax } },
      slug: { key: 'admin.validation.slug' },
      kind: { key: 'validation.chooseOne' },
      access: { key: 'validation.chooseOne' },
      responseSlaDays: { key: 'admin.validation.between', vars: { min: 0, max: 365 } },
      reviewBelowAverage: { key: 'admin.validation.between', vars: { min: 1, max: 5 } },
      reviewMinRatings: { key: 'admin.validation.between', vars: { min: 1, max: 100000 } },
    });
  });

  it('does not ask for a slug or a kind when editing (they never change)', () => {
    expect(validateSpace({ ...filled, slug: '', kind: '' }, { creating: false })).toEqual({});
    expect(validateSpace({ ...filled, description: 'x'.repeat(SPACE_LIMITS.descriptionMax + 1) }, { creating: false })).toEqual({
      description: { key: 'validation.maxLength', vars: { max: SPACE_LIMITS.descriptionMax } },
    });
  });
});

describe('slugFrom', () => {
  it('proposes a valid slug from a name', () => {
    expect(slugFrom('Silver Lab')).toBe('silver-lab');
    expect(slugFrom('  Équipe — Café & Co!  ')).toBe('equipe-cafe-co');
    expect(SPACE_LIMITS.slugPattern.test(slugFrom('Été 2026 : idées'))).toBe(true);
  });
});

describe('parseEmails and validateInvitees', () => {
  it('splits on commas, semicolons, spaces and line breaks, and keeps the first spelling of each address', () => {
    expect(parseEmails('a@example.com, B@example.com;\nb@EXAMPLE.com  c@example.com\n\n')).toEqual({
      emails: ['a@example.com', 'B@example.com', 'c@example.com'],
      invalid: [],
    });
  });

  it('names what is not an address, and refuses an empty list or too many', () => {
    expect(validateInvitees('a@example.com, nope, also@')).toEqual({
      emails: { key: 'admin.validation.notEmails', vars: { list: 'nope, also@', count: 2 } },
    });
    expect(validateInvitees(' \n ')).toEqual({ emails: { key: 'validation.required' } });
    const tooMany = Array.from({ length: INVITATION_LIMITS.emailsPerCall + 1 }, (_, index) => `p${index}@example.com`).join('\n');
    expect(validateInvitees(tooMany)).toEqual({
      emails: {
        key: 'admin.validation.tooManyEmails',
        vars: { max: INVITATION_LIMITS.emailsPerCall, count: INVITATION_LIMITS.emailsPerCall + 1 },
      },
    });
    expect(validateInvitees('a@example.com\nb@example.com')).toEqual({});
  });
});
