import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-secret-of-thirty-two-characters-or-more';
const PERSON = '0b6f0c5e-4f5e-4e8e-9d6a-2f7f3c1a9e11';
const OTHER = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

describe('unsubscribe tokens', () => {
  it('names the person and the version they were signed for', () => {
    const token = signUnsubscribeToken(SECRET, { userId: PERSON, version: 4 });
    expect(token).toMatch(/^[0-9a-f-]{36}\.4\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: PERSON, version: 4 });
  });

  it('refuses another secret, another person, another version, and anything malformed', () => {
    const token = signUnsubscribeToken(SECRET, { userId: PERSON, version: 4 });
    const signature = token.split('.')[2];
    expect(verifyUnsubscribeToken('another-secret-of-thirty-two-characters', token)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${OTHER}.4.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${PERSON}.5.${signature}`)).toBeNull();
    for (const bad of ['', 'x', `${PERSON}.4`, `${PERSON}.4.${signature}x`, `${PERSON}.-1.${signature}`, 'a'.repeat(300)])
      expect(verifyUnsubscribeToken(SECRET, bad)).toBeNull();
  });
});
