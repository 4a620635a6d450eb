import { constants as zlib } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { json, urlencoded, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';

import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { bodyErrorsAsGraphql } from './graphql/input-boundary';
import { validationPipe } from './graphql/validation';
import { serveWebApp } from './web/serve-web-app';

/**
 * Security headers by helmet, with our own CSP: same-origin everything. The built web app has no
 * inline scripts, and rendered Markdown may not load anything from elsewhere; styles allow the inline
 * `style` attributes React sets. Helmet's default CSP would add `upgrade-insecure-requests`, which
 * breaks a plain-HTTP intranet install, so the policy is spelled out whole. Frames: none at all.
 */
const securityHeaders = (production: boolean) =>
  helmet({
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
    // HTTPS-only for a year, in production; a development server on plain http must stay reachable.
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
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
    // Parsed here instead, so the parser's refusals can be answered in GraphQL's error shape.
    bodyParser: false,
  });
  app.useLogger(app.get(PinoNestLogger));
  app.disable('x-powered-by');
  // Only behind the proxies the operator names does X-Forwarded-For say who the client is (req.ip).
  app.set('trust proxy', config.trustProxy);
  // 6 MB: importUsers' CSV of 10,000 people (Express's 100 KB default would refuse it); an initiative's
  // 20,000 characters of Markdown fit many times over.
  app.use(json({ limit: '6mb' }));
  app.use(urlencoded({ extended: false, limit: '100kb' }));
  app.use(bodyErrorsAsGraphql);
  app.use(cookieParser());
  app.use(securityHeaders(config.production));
  app.use('/graphql', compressGraphql);
  app.useGlobalPipes(validationPipe);
  serveWebApp(app, config.webDistDir);
  return app;
}
