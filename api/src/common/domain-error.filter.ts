import { Catch, HttpStatus, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';

import type { ErrorCode } from '@red-chair/domain';

import { DomainError } from './errors';

const STATUS: Partial<Record<ErrorCode, HttpStatus>> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * Domain errors on HTTP routes (the guard's refusals, a controller's NOT_FOUND) answer with the
 * matching status and `{ code, message, …extensions }`. On GraphQL they pass on untouched to the
 * error formatter.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter<DomainError> {
  catch(error: DomainError, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const res = host.switchToHttp().getResponse<Response>();
    res
      .status(STATUS[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ code: error.code, message: error.message, ...error.extensions });
  }
}
