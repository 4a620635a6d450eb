import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { SessionsService } from '../auth/sessions.service';
import { tokenFrom, tokenFromConnection } from '../auth/tokens';
import type { AppConfig } from '../config/config';
import { createErrorFormatter } from './error-formatter';
import { costLimitPlugin, limitParseOptions, limitRules } from './limits';
import { createLoaders } from './loaders';
import type { RequestContext } from '../common/request-context';

interface ContextSource {
  req?: Request;
  res?: Response;
  connectionParams?: Record<string, unknown>;
  extra?: { request?: IncomingMessage };
}

export function graphqlOptions(config: AppConfig, sessions: SessionsService, db: DataSource, log: Logger): ApolloDriverConfig {
  const formatError = createErrorFormatter(log);
  // graphql-ws results do not pass through Apollo: the same edge formatting is applied to them here.
  const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true, // built in memory; `npm run codegen` prints api/schema.gql for the web app
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
    plugins: [costLimitPlugin(), ApolloServerPluginCacheControlDisabled()],
    context: async ({ req, res, connectionParams, extra }: ContextSource): Promise<RequestContext> => {
      if (req) {
        const token = tokenFrom(req);
        const viewer = token ? await sessions.resolve(token) : null;
        return { req, res, viewer, loaders: createLoaders(db, viewer), clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
      }
      // A subscription over graphql-ws: checked again for every operation, so a revoked session stops there.
      const token = tokenFromConnection(connectionParams, extra?.request);
      const viewer = token ? await sessions.resolve(token) : null;
      return { viewer, loaders: createLoaders(db, viewer), clientAddress: extra?.request?.socket.remoteAddress ?? 'unknown' };
    },
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Without a live session the socket is refused at once (close code 4403).
        onConnect: async ({ connectionParams, extra }: { connectionParams?: Record<string, unknown>; extra: unknown }) => {
          const token = tokenFromConnection(connectionParams, (extra as ContextSource['extra'])?.request);
          return Boolean(token && (await sessions.resolve(token)));
        },
        onNext: (_ctx: unknown, _id: string, _payload: unknown, args: { contextValue?: unknown }, result: ExecutionResult) => {
          // One subscription keeps one context for all its events: without new DataLoaders, the next
          // event would be resolved from what this one cached (an old timeline, old comments).
          const context = args.contextValue as RequestContext | undefined;
          if (context) context.loaders = createLoaders(db, context.viewer);
          return result.errors?.length ? { ...result, errors: formatAll(result.errors) } : result;
        },
      },
    },
  };
}
