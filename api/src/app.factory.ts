import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/config';
import { validationPipe } from './graphql/validation';
import { serveWebApp } from './web/serve-web-app';

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
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  });
  app.useGlobalPipes(validationPipe);
  serveWebApp(app, config.webDistDir);
  return app;
}
