import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
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
 * Same-origin everything: the built web app has no inline scripts, and rendered Markdown may not
 * load anything from elsewhere. Styles allow inline `style` attributes set by React.
 */
const SECURITY_HEADERS: [string, string][] = [
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
      "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  ],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

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
  app.use(cookieParser());
  app.use((_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    next();
  });
  app.use('/graphql', compressGraphql);
  app.useGlobalPipes(validationPipe);
  serveWebApp(app, config.webDistDir);
  return app;
}
