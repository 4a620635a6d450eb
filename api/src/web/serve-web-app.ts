import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PREFIXES = ['/graphql', '/health', '/export'];

/**
 * Serves the built web app from the same origin as the API (so the session cookie just works):
 * hashed assets cached for a year, and index.html for every other GET so client routes deep-link.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(distDir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
  app.useStaticAssets(distDir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((prefix) => req.path === prefix || req.path.startsWith(`${prefix}/`))) return next();
    if (req.path.startsWith('/assets/')) return next(); // a missing asset is a 404, not the app
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
