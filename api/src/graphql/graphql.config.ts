import type { IncomingMessage } from 'node:http';
import { HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { SessionsService } from '../auth/sessions.service';
import { tokenFrom, tokenFromConnection } from '../auth/tokens';
import { SCALARS_MAP } from '../common/date-time.scalar';
import type { RequestContext } from '../common/request-context';
import type { AppConfig } from '../config/config';
import { isDatabaseUnavailable } from '../database/connection-errors';
import { CLOSE_TOO_MANY, MAX_SUBSCRIPTIONS_PER_SOCKET, type ClosableSocket, type LiveConnections } from '../live/live-connections';
import { createSharedSubscribe } from '../live/shared-execution';
import { SubscriptionContext } from '../live/subscription-context';
import { createErrorFormatter, serviceUnavailablePlugin } from './error-formatter';
import { inputBoundaryPlugin } from './input-boundary';
import { costLimitPlugin, limitParseOptions, limitRules } from './limits';
import { createLoaders } from './loaders';
import { createSubscriptionDocuments } from './subscription-documents';

/** What graphql-ws hands over about a socket. */
interface SocketExtra {
  request?: IncomingMessage;
  socket: ClosableSocket;
}

interface ContextSource {
  req?: Request;
  res?: Response;
  connectionParams?: Record<string, unknown>;
  extra?: { request?: IncomingMessage };
}

/**
 * graphql-ws answers a document it cannot parse or validate with bare GraphQL errors; Apollo would
 * have coded them. A refusal of the document itself has no path and no original error.
 */
function withRequestCode(error: GraphQLError): GraphQLError {
  if (error.extensions.code || error.originalError || error.path) return error;
  const code = error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { code } });
}

/**
 * The session is read before the operation runs; a database that is away then is told as
 * SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, like a failure inside the operation.
 */
async function orUnavailable<T>(reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError('The service is briefly unavailable. Please try again in a few seconds.', {
      extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new HeaderMap([['retry-after', '5']]) } },
    });
  }
}

export function graphqlOptions(
  config: AppConfig,
  sessions: SessionsService,
  connections: LiveConnections,
  db: DataSource,
  log: Logger,
): ApolloDriverConfig {
  const formatError = createErrorFormatter(log);
  // graphql-ws results do not pass through Apollo: the same edge formatting is applied to them here.
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true, // built in memory; `npm run codegen` prints api/schema.gql for the web app
    buildSchemaOptions: { scalarsMap: SCALARS_MAP },
    sortSchema: true,
    playground: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production, // no "did you mean" field suggestions
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError,
    validationRules: limitRules,
    parseOptions: limitParseOptions,
    // Cache hints are not used; the plugin would wrap every field's resolver to collect them.
    plugins: [inputBoundaryPlugin(), costLimitPlugin(), serviceUnavailablePlugin(), ApolloServerPluginCacheControlDisabled()],
    context: async ({ req, res, connectionParams, extra }: ContextSource): Promise<RequestContext> => {
      if (req) {
        const token = tokenFrom(req);
        const clientAddress = req.ip ?? req.socket.remoteAddress ?? 'unknown';
        const session = token ? await orUnavailable(sessions.resolve(token)) : null;
        const viewer = session && { ...session, clientAddress };
        return { req, res, viewer, loaders: createLoaders(db, viewer), clientAddress };
      }
      // A subscription over graphql-ws: checked again for every operation, so a revoked session stops there.
      const token = tokenFromConnection(connectionParams, extra?.request);
      const viewer = token ? await sessions.resolve(token) : null;
      return new SubscriptionContext(db, viewer, extra?.request?.socket.remoteAddress ?? 'unknown');
    },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // A foreign Origin, no live session, or a sixth socket of one person: refused at once.
        onConnect: async ({ connectionParams, extra }: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
          const { request, socket } = extra as SocketExtra;
          if (!connections.originAllowed(request)) return false;
          const token = tokenFromConnection(connectionParams, request);
          const viewer = token ? await sessions.resolve(token) : null;
          if (!viewer) return false;
          if (!connections.admit(socket, viewer)) {
            socket.close(CLOSE_TOO_MANY, 'Too many connections');
            return false;
          }
          return true;
        },
        onClose: ({ extra }: { extra: unknown }) => connections.forget((extra as SocketExtra).socket),
        // The operation being subscribed already holds its place in `subscriptions`.
        onSubscribe: ({ subscriptions }: { subscriptions: Record<string, unknown> }) => {
          if (Object.keys(subscriptions).length <= MAX_SUBSCRIPTIONS_PER_SOCKET) return undefined;
          const refusal = new GraphQLError(
            `A connection holds at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions: complete one first.`,
            {
              extensions: { code: 'RATE_LIMITED' },
            },
          );
          return [refusal];
        },
        // A document refused over the socket (bad syntax, unknown field) gets the code it gets over HTTP.
        // (graphql-ws's parse, validate, subscribe and onError: Nest passes them through without declaring
        // them, hence the spread.) One parsed document per text, one execution per viewer and event.
        ...{
          ...createSubscriptionDocuments(),
          subscribe: createSharedSubscribe(),
          onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
            formatAll(errors.map(withRequestCode)),
        },
        onNext: (_ctx: unknown, _id: string, _payload: unknown, args: { contextValue?: unknown }, result: ExecutionResult) => {
          // One subscription keeps one context for all its events: without new DataLoaders, the next
          // event would be resolved from what this one cached (an old timeline, old comments).
          if (args.contextValue instanceof SubscriptionContext) args.contextValue.endEvent();
          return result.errors?.length ? { ...result, errors: formatAll(result.errors) } : result;
        },
      },
    },
  };
}
