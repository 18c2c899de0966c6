/**
 * The built SPA: hashed assets cached for a year, everything else revalidated, and index.html for
 * any other GET so client-side routes survive a reload.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

export function serveSpa(app: Hono<AppEnv>, root: string): void {
  const absolute = resolve(root);
  // serveStatic resolves `root` against the working directory.
  const rel = relative(process.cwd(), absolute) || '.';
  const indexFile = join(absolute, 'index.html');

  // serveStatic's onFound runs after the response exists, so cache headers are set on the way out.
  const files = serveStatic<AppEnv>({ root: rel });
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const found = await files(c, next);
    if (!(found instanceof Response)) return;
    const immutable = c.req.path.startsWith('/assets/');
    found.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return found;
  });
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text(
        'The web app is not built yet: run `npm run build` (or `npm start`, which builds it).',
        503,
      );
    }
    // Read each time: cheap, and a rebuild while the server runs is picked up.
    return c.html(readFileSync(indexFile, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
  });
}
