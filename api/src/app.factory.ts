import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { Request, Response } from 'express';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { constants as zlib } from 'node:zlib';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { validationPipe } from './graphql/validation';
import { serveWebApp } from './web/serve-web-app';

/**
 * Security headers by helmet, with our own CSP: same-origin everything. The built web app has no
 * inline scripts, and rendered Markdown may not load anything from elsewhere; styles allow the inline
 * `style` attributes React sets. Helmet's default CSP would add `upgrade-insecure-requests`, which
 * breaks a plain-HTTP intranet install, so the policy is spelled out whole. Frames: none at all.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  referrerPolicy: { policy: 'same-origin' },
  frameguard: { action: 'deny' },
});

/**
 * Large GraphQL answers (a feed page, an initiative with its thread) shrink several times (the demo's
 * feed of a dozen initiatives: 6.7 KB → 2.5 KB, more on longer pages of repetitive JSON). Only
 * POST /graphql: graphql-ws upgrades never reach Express middleware, and /health and the streamed CSV
 * export stay as they are. Brotli at quality 4 costs about what gzip does; small answers (< 1 KB) are
 * sent as they are, where compressing saves nothing.
 */
const compressGraphql = compression({
  threshold: 1024,
  brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  filter: (req: Request, res: Response) => req.method === 'POST' && compression.filter(req, res),
});

/** Builds the HTTP app on a migrated data source; shared by main and the integration tests. */
export async function createApp(config: AppConfig, dataSource: DataSource, logger: Logger): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, dataSource, logger), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  app.disable('x-powered-by');
  // Express's 100 KB default would refuse importUsers' CSV of 10,000 people (a few MB at most).
  app.useBodyParser('json', { limit: '6mb' });
  app.use(cookieParser());
  app.use(securityHeaders);
  app.use('/graphql', compressGraphql);
  app.useGlobalPipes(validationPipe);
  serveWebApp(app, config.webDistDir);
  return app;
}
