import { validateAward } from './awardValidation';

describe('validateAward', () => {
  it('accepts a name of 2 to 80 characters and an optional description', () => {
    expect(validateAward({ name: ' Customer hero ', description: '' })).toEqual({});
  });

  it('mirrors the API: name 2–80 once trimmed, description at most 1000', () => {
    expect(validateAward({ name: '   ', description: '' }).name).toEqual({ key: 'validation.required' });
    expect(validateAward({ name: ' A ', description: '' }).name).toEqual({ key: 'validation.lengthBetween', vars: { min: 2, max: 80 } });
    expect(validateAward({ name: 'x'.repeat(81), description: '' }).name).toEqual({
      key: 'validation.lengthBetween',
      vars: { min: 2, max: 80 },
    });
    expect(validateAward({ name: 'Hero', description: 'x'.repeat(1001) }).description).toEqual({
      key: 'validation.maxLength',
      vars: { max: 1000 },
    });
  });
});
