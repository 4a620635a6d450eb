import type { ErrorCode } from '@red-chair/domain';

/**
 * Domain errors know nothing of GraphQL or HTTP; `graphql/error-formatter.ts` maps them to the
 * contract's `extensions.code` and every other error to a generic INTERNAL_SERVER_ERROR.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly extensions: Record<string, unknown> = {};
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'You need to sign in first.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

/** Also what a hidden object answers: its existence never leaks (docs/api.md#visibility). */
export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'This item') {
    super(`${what} was not found.`);
  }
}

/** `fields` maps each offending input field to a message a person can act on. */
export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly fields: Record<string, string>,
    message = 'Some fields need your attention.',
  ) {
    super(message);
    this.extensions.fields = fields;
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string, fields?: Record<string, string>) {
    super(message);
    if (fields) this.extensions.fields = fields;
  }
}

export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(message: string, retryAfterSeconds?: number) {
    super(message);
    if (retryAfterSeconds !== undefined) this.extensions.retryAfterSeconds = retryAfterSeconds;
  }
}
