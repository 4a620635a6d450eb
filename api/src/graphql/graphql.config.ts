import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { SessionsService } from '../auth/sessions.service';
import { SESSION_COOKIE } from '../auth/tokens';
import type { AppConfig } from '../config/config';
import { createErrorFormatter } from './error-formatter';
import { aliasLimitRule, costLimitPlugin, depthLimitRule } from './limits';
import { createLoaders } from './loaders';
import type { RequestContext } from './request-context';

/** `Authorization: Bearer` wins over the cookie, so API clients never act as a browser session. */
export function tokenFrom(req: Request): string | undefined {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    return match?.[1];
  }
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[SESSION_COOKIE];
}

export function graphqlOptions(config: AppConfig, sessions: SessionsService, db: DataSource, log: Logger): ApolloDriverConfig {
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
    formatError: createErrorFormatter(log),
    validationRules: [depthLimitRule, aliasLimitRule],
    plugins: [costLimitPlugin()],
    context: async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
      const token = tokenFrom(req);
      const viewer = token ? await sessions.resolve(token) : null;
      return { req, res, viewer, loaders: createLoaders(db, viewer), clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
    },
  };
}
