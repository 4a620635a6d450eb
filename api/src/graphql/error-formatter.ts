import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';

import { DomainError } from '../common/errors';
import { isDatabaseUnavailable } from '../database/connection-errors';

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function unwrap(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/**
 * The edge where domain errors become the contract's codes (docs/api.md#errors). Expected refusals (signed
 * out, forbidden, not found, bad input…) are part of normal traffic: one debug line, no stack. Anything
 * unexpected is logged with its stack at error level and reaches the client as a bare
 * INTERNAL_SERVER_ERROR: no stack, no SQL.
 */
export function createErrorFormatter(log: Pick<Logger, 'error' | 'warn' | 'debug'>) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrap(error);
    if (original instanceof DomainError) {
      log.debug({ code: original.code, path: formatted.path }, original.message);
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions, code: original.code },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      // Apollo's own input errors (bad variables, unknown fields): keep the message, drop any stacktrace.
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      log.debug({ code, path: formatted.path }, formatted.message);
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
    }
    if (isDatabaseUnavailable(original)) {
      // The database is away (restarting, unreachable): the client may try again; recovery is automatic.
      log.warn({ err: original, path: formatted.path }, 'the database is unavailable');
      return {
        message: 'The service is briefly unavailable. Please try again in a few seconds.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: 'Something went wrong on our side. Please try again.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** An answer that holds SERVICE_UNAVAILABLE is HTTP 503 with Retry-After, as load balancers and clients expect. */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}
