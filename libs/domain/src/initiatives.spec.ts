import { INITIATIVE_LIMITS, isAwaitingResponse, normalizeTags } from './initiatives';

describe('normalizeTags', () => {
  it('trims, lower-cases and removes duplicates, keeping first order', () => {
    expect(normalizeTags([' Loyalty', 'loyalty ', 'Checkout', '', '  '])).toEqual(['loyalty', 'checkout']);
  });
});

describe('tag pattern', () => {
  it.each(['fidélité', 'self-checkout', 'nps2026'])('accepts %s', (tag) => {
    expect(INITIATIVE_LIMITS.tagPattern.test(tag)).toBe(true);
  });
  it.each(['two words', '-lead', 'trail-', '<b>', 'a--b'])('refuses %s', (tag) => {
    expect(INITIATIVE_LIMITS.tagPattern.test(tag)).toBe(false);
  });
});

describe('isAwaitingResponse', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  const day = 24 * 3600 * 1000;
  it('is due exactly when the deadline passes', () => {
    expect(isAwaitingResponse('SUBMITTED', created, 14, new Date(created.getTime() + 14 * day - 1))).toBe(false);
    expect(isAwaitingResponse('SUBMITTED', created, 14, new Date(created.getTime() + 14 * day))).toBe(true);
  });
  it('is due at once with a zero-day deadline', () => {
    expect(isAwaitingResponse('SUBMITTED', created, 0, created)).toBe(true);
  });
  it('never applies once someone answered', () => {
    expect(isAwaitingResponse('UNDER_REVIEW', created, 0, new Date(created.getTime() + 100 * day))).toBe(false);
  });
});
