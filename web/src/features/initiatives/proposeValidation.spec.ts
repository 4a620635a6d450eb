import { INITIATIVE_LIMITS } from '@red-chair/domain';

import { parseTags, validatePropose, type ProposeValues } from './proposeValidation';

const valid: ProposeValues = {
  title: 'Two more checkouts on Saturdays',
  body: 'Queues pass 15 minutes at noon.',
  orientation: 'CUSTOMER',
  tags: 'checkout, saturday',
};

describe('validatePropose', () => {
  it('accepts a complete initiative', () => {
    expect(validatePropose(valid)).toEqual({});
  });

  it('requires a title of 5 to 140 characters, counted after trimming', () => {
    expect(validatePropose({ ...valid, title: '   ' }).title).toEqual({ key: 'validation.required' });
    expect(validatePropose({ ...valid, title: '  abcd  ' }).title).toEqual({ key: 'validation.lengthBetween', vars: { min: 5, max: 140 } });
    expect(validatePropose({ ...valid, title: 'abcde' }).title).toBeUndefined();
    expect(validatePropose({ ...valid, title: 'x'.repeat(INITIATIVE_LIMITS.titleMax) }).title).toBeUndefined();
    expect(validatePropose({ ...valid, title: 'x'.repeat(INITIATIVE_LIMITS.titleMax + 1) }).title?.key).toBe('validation.lengthBetween');
  });

  it('requires a body within the limit', () => {
    expect(validatePropose({ ...valid, body: '\n  \n' }).body).toEqual({ key: 'validation.required' });
    expect(validatePropose({ ...valid, body: 'x'.repeat(INITIATIVE_LIMITS.bodyMax + 1) }).body).toEqual({
      key: 'validation.maxLength',
      vars: { max: 20000 },
    });
  });

  it('asks who it serves', () => {
    expect(validatePropose({ ...valid, orientation: null }).orientation).toEqual({ key: 'validation.chooseOne' });
  });

  it('allows at most five distinct tags', () => {
    expect(validatePropose({ ...valid, tags: 'a, b, c, d, e' }).tags).toBeUndefined();
    expect(validatePropose({ ...valid, tags: 'a, b, c, d, e, A, b ' }).tags).toBeUndefined(); // duplicates collapse
    expect(validatePropose({ ...valid, tags: 'a, b, c, d, e, f' }).tags).toEqual({
      key: 'validation.tooManyTags',
      vars: { max: 5, count: 6 },
    });
  });

  it('refuses tags the API would refuse, naming the first one', () => {
    expect(validatePropose({ ...valid, tags: 'fidélité, two words' }).tags).toEqual({
      key: 'validation.badTag',
      vars: { tag: 'two words', max: 32 },
    });
    expect(validatePropose({ ...valid, tags: '-lead' }).tags?.key).toBe('validation.badTag');
    expect(validatePropose({ ...valid, tags: 'x'.repeat(33) }).tags?.key).toBe('validation.badTag');
  });

  it('treats no tags as fine', () => {
    expect(validatePropose({ ...valid, tags: ' , ,' }).tags).toBeUndefined();
  });
});

describe('parseTags', () => {
  it('splits on commas and normalises like the API', () => {
    expect(parseTags(' Loyalty, loyalty ,Checkout,,')).toEqual(['loyalty', 'checkout']);
  });
});
