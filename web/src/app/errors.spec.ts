import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

import { fieldKey, problemFromGraphQLErrors, sentence, toProblem } from './errors';

// jsdom has no fetch Response; ServerError only reads its status.
const response = (status: number) => ({ status }) as Response;

const graphQLError = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extra } }] });

describe('toProblem', () => {
  it('maps BAD_USER_INPUT fields to form fields, dropping the input. prefix', () => {
    const problem = toProblem(
      graphQLError('BAD_USER_INPUT', 'Some fields need your attention.', {
        fields: { title: 'must be 5 to 140 characters', 'input.tags': 'at most 5' },
      }),
    );
    expect(problem).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Some fields need your attention.',
      fields: { title: 'must be 5 to 140 characters', tags: 'at most 5' },
    });
  });

  it('keeps CONFLICT fields (email taken) next to the field', () => {
    const problem = toProblem(
      graphQLError('CONFLICT', 'An account already uses this email.', { fields: { email: 'is already used by another account' } }),
    );
    expect(problem.code).toBe('CONFLICT');
    expect(problem.fields).toEqual({ email: 'is already used by another account' });
  });

  it('reads RATE_LIMITED with its retry delay', () => {
    const problem = toProblem(
      graphQLError('RATE_LIMITED', 'Too many failed sign-ins. Try again in 15 minutes.', { retryAfterSeconds: 900 }),
    );
    expect(problem).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 900,
      message: 'Too many failed sign-ins. Try again in 15 minutes.',
    });
  });

  it('ignores malformed field entries', () => {
    expect(
      problemFromGraphQLErrors([{ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: { title: 3, body: '  ', tags: 'ok' } } }])
        .fields,
    ).toEqual({ tags: 'ok' });
  });

  it('treats codes outside the contract as a server problem, without the raw message', () => {
    const problem = toProblem(graphQLError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "nope" on type "Query".'));
    expect(problem).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: '', fields: {} });
  });

  it('reads GraphQL errors inside a non-2xx answer', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'Some fields need your attention.', extensions: { code: 'BAD_USER_INPUT', fields: { spaceId: 'is not a valid id' } } },
      ],
    });
    const problem = toProblem(new ServerError('Response not successful', { response: response(400), bodyText: body }));
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.fields).toEqual({ spaceId: 'is not a valid id' });
  });

  it('calls a 502 without GraphQL errors a server problem', () => {
    const problem = toProblem(new ServerError('Bad gateway', { response: response(502), bodyText: '<html>' }));
    expect(problem.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('calls a failed fetch a network problem', () => {
    expect(toProblem(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('keeps NOT_FOUND and UNAUTHENTICATED as they are', () => {
    expect(toProblem(graphQLError('NOT_FOUND', 'This initiative was not found.')).code).toBe('NOT_FOUND');
    expect(toProblem(graphQLError('UNAUTHENTICATED', 'You need to sign in first.')).code).toBe('UNAUTHENTICATED');
  });
});

describe('fieldKey and sentence', () => {
  it('normalises paths', () => {
    expect(fieldKey('input.title')).toBe('title');
    expect(fieldKey('filter.spaceId')).toBe('filter.spaceId');
  });

  it('turns server fragments into sentences with the field label', () => {
    expect(sentence('must be 5 to 140 characters', 'Title')).toBe('Title must be 5 to 140 characters.');
    expect(sentence('must be 5 to 140 characters')).toBe('Must be 5 to 140 characters.');
    expect(sentence('An account already uses this email.', 'Email')).toBe('An account already uses this email.');
  });
});
