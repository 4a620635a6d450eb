import { GraphQLError } from 'graphql';

import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../common/errors';
import { createErrorFormatter } from './error-formatter';

function recordingLog() {
  return { error: jest.fn(), warn: jest.fn(), debug: jest.fn() };
}

/** What Apollo hands the formatter for an error thrown in a resolver at `path`. */
function thrown(original: Error, path = ['me']) {
  const error = new GraphQLError(original.message, { path, originalError: original });
  return { formatted: error.toJSON(), error };
}

describe('the GraphQL error formatter', () => {
  it.each([new UnauthenticatedError(), new ForbiddenError(), new NotFoundError('This initiative')])(
    'logs the expected refusal %p at debug level, without a stack',
    (refusal) => {
      const log = recordingLog();
      const { formatted, error } = thrown(refusal);
      const result = createErrorFormatter(log)(formatted, error);
      expect(result.extensions?.code).toBe(refusal.code);
      expect(log.error).not.toHaveBeenCalled();
      expect(log.debug).toHaveBeenCalledTimes(1);
      const [fields] = log.debug.mock.calls[0] as [Record<string, unknown>];
      expect(fields).toEqual({ code: refusal.code, path: ['me'] });
    },
  );

  it("logs Apollo's own input errors at debug level", () => {
    const log = recordingLog();
    const formatted = { message: 'Unknown argument "all".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at …'] } };
    const result = createErrorFormatter(log)(formatted, new GraphQLError(formatted.message));
    expect(result.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(log.error).not.toHaveBeenCalled();
    expect(log.debug).toHaveBeenCalledTimes(1);
  });

  it('logs an unexpected error at error level with the error itself, and hides it from the client', () => {
    const log = recordingLog();
    const failure = new Error('relation "votes" does not exist');
    const { formatted, error } = thrown(failure);
    const result = createErrorFormatter(log)(formatted, error);
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(result.message).not.toContain('votes');
    expect(log.error).toHaveBeenCalledWith(expect.objectContaining({ err: failure }), expect.any(String));
    expect(log.debug).not.toHaveBeenCalled();
  });
});
