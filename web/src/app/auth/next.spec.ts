import { safeNext, signInPath } from './next';

describe('safeNext', () => {
  it.each([
    ['/s/community', '/s/community'],
    ['/i/42?x=1#top', '/i/42?x=1#top'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?next=/x', '/'],
    ['/sign-up', '/'],
    ['/sign-income', '/sign-income'],
  ])('%s → %s', (raw, expected) => {
    expect(safeNext(raw)).toBe(expected);
  });

  it('builds the sign-in path with the place to come back to', () => {
    expect(signInPath('/s/community?status=SELECTED')).toBe('/sign-in?next=%2Fs%2Fcommunity%3Fstatus%3DSELECTED');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
