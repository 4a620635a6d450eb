import { validateGrant, validateRevokeReason } from './grantValidation';

describe('validateGrant', () => {
  it('needs an award and a citation of 10 to 1000 characters once trimmed', () => {
    expect(validateGrant({ awardId: '', citation: '' })).toEqual({
      award: { key: 'validation.chooseOne' },
      citation: { key: 'validation.required' },
    });
    expect(validateGrant({ awardId: 'a-1', citation: '   too short   ' }).citation).toEqual({
      key: 'validation.lengthBetween',
      vars: { min: 10, max: 1000 },
    });
    expect(validateGrant({ awardId: 'a-1', citation: 'x'.repeat(1001) }).citation).toBeDefined();
    expect(validateGrant({ awardId: 'a-1', citation: 'x'.repeat(10) })).toEqual({});
    expect(validateGrant({ awardId: 'a-1', citation: 'x'.repeat(1000) })).toEqual({});
  });

  it('asks why before revoking', () => {
    expect(validateRevokeReason('  ')).toEqual({ reason: { key: 'validation.required' } });
    expect(validateRevokeReason('Granted by mistake')).toEqual({});
  });
});
