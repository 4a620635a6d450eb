import type { ErrorCode } from '@red-chair/domain';

import type { GqlError } from './client';

/** The contract's codes, and the ones Apollo gives a document the schema refuses. */
export type ExpectedErrorCode = ErrorCode | 'GRAPHQL_VALIDATION_FAILED' | 'GRAPHQL_PARSE_FAILED';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Jest's matcher types live in this namespace
  namespace jest {
    interface Matchers<R> {
      /**
       * The first GraphQL error carries `extensions.code === code`. Takes the result of `run()`, or
       * the rejection of `send()`: `await expect(as(customer).send(…)).rejects.toHaveErrorCode('NOT_FOUND')`.
       */
      toHaveErrorCode(code: ExpectedErrorCode): R;
    }
  }
}

const errorsOf = (received: unknown): GqlError[] | undefined =>
  received && typeof received === 'object' && 'errors' in received && Array.isArray(received.errors)
    ? (received.errors as GqlError[])
    : undefined;

expect.extend({
  toHaveErrorCode(received: unknown, code: ExpectedErrorCode) {
    const errors = errorsOf(received);
    const actual = errors?.[0]?.extensions?.code;
    const pass = actual === code;
    const described = errors?.length
      ? errors.map((error) => `${error.extensions?.code ?? 'no code'}: ${error.message}`).join('\n  ')
      : `no errors, data ${this.utils.printReceived(received && typeof received === 'object' && 'data' in received ? received.data : received)}`;
    return {
      pass,
      message: () =>
        pass
          ? `expected an error code other than ${this.utils.printExpected(code)}`
          : `expected error code ${this.utils.printExpected(code)}, received:\n  ${described}`,
    };
  },
});
