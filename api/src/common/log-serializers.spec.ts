import { QueryFailedError } from 'typeorm';

import { serializeError } from './log-serializers';

describe('serializeError', () => {
  it('keeps where a statement failed and drops the values it carried', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "ux_users_email"'), {
      code: '23505',
      constraint: 'ux_users_email',
      table: 'users',
      detail: 'Key (lower(email))=(someone@example.test) already exists.',
    });
    const error = new QueryFailedError(
      'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
      ['someone@example.test', '$argon2id$v=19$m=19456,t=2,p=1$secret'],
      driverError,
    );
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain('INSERT INTO users');
    expect(logged).toContain('ux_users_email');
    expect(logged).toContain('23505');
    expect(logged).not.toMatch(/argon2id|someone@example\.test/);
  });

  it('leaves anything that is not an error as it is', () => {
    expect(serializeError('a string')).toBe('a string');
  });
});
