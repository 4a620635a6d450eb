import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const API_PREFIXES = ['/graphql', '/health', '/export', '/auth/oidc'];
const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** Hashed file names change with their content, so a browser may keep them for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current hashed files: always revalidated (cheap, with its ETag). */
export const REVALIDATE = 'no-cache';
/** favicon and the like: unhashed, so only an hour. */
const SHORT = 'public, max-age=3600';

/** Variants the build writes next to each file (vite-plugin-compression2), best first. */
const ENCODINGS = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The codings an Accept-Encoding header allows (q > 0), `*` standing for any coding it does not name.
 * Our own preference (brotli, then gzip) decides among them: browsers send "gzip, deflate, br" with equal weights.
 */
export function acceptedCodings(header: string | undefined): (coding: string) => boolean {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)).find(Boolean);
    weights.set(name, q ? Number(q[1]) : 1);
  }
  return (coding) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Sends `file` (an absolute path inside the dist folder) with `cacheControl`: its brotli or gzip twin
 * when the client accepts it and the build made one, with the plain file's Content-Type. `res.sendFile`
 * (the `send` module, as express.static uses) does HEAD, Range, ETag and conditional requests; a range
 * applies to the encoded bytes, as HTTP defines it.
 */
async function sendVariant(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): Promise<void> {
  const accepts = acceptedCodings(req.headers['accept-encoding']);
  let chosen = file;
  let varies = false;
  for (const { coding, suffix } of ENCODINGS) {
    if (!(await isFile(file + suffix))) continue;
    varies = true;
    if (chosen === file && accepts(coding)) {
      chosen = file + suffix;
      res.setHeader('Content-Encoding', coding);
    }
  }
  if (varies) res.vary('Accept-Encoding');
  res.type(extname(file));
  res.setHeader('Cache-Control', cacheControl);
  res.sendFile(chosen, { cacheControl: false, dotfiles: 'deny' }, (error?: Error) => {
    if (error && !res.headersSent) next(error);
  });
}

/**
 * The files of `distDir`, compressed when the client allows. A path that resolves outside the folder
 * (`..`, encoded or not) is refused before anything touches the disk; a missing file goes on to `next`.
 */
export function staticFiles(distDir: string): RequestHandler {
  const root = resolve(distDir);
  const index = join(root, 'index.html');
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return void res.sendStatus(400);
    }
    const file = resolve(root, `.${path}`);
    if (file === root) return next(); // `/`: the app
    if (path.includes('\0') || !file.startsWith(root + sep)) return void res.sendStatus(404);
    void (async () => {
      if (file === index || !(await isFile(file))) return next();
      const cacheControl = path.startsWith('/assets/') ? IMMUTABLE : SHORT;
      await sendVariant(req, res, next, file, cacheControl);
    })().catch(next);
  };
}

/**
 * Serves the built web app from the same origin as the API (so the session cookie just works):
 * hashed assets cached for a year, and index.html (never cached without asking) for every other GET so
 * client routes deep-link.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(staticFiles(distDir));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (req.path.startsWith('/assets/')) return next(); // a missing asset is a 404, not the app
    sendVariant(req, res, next, resolve(index), REVALIDATE).catch(next);
  });
  return true;
}
