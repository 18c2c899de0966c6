/**
 * The Hono application: API under /api (CSRF check, session, role guard per route) and, when a
 * static root is given, the built SPA with index.html for client routes. `createApp` needs no port,
 * so tests drive it with `app.request()`.
 */
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import { csrfGuard } from './auth/csrf.ts';
import { loadSession } from './auth/guard.ts';
import type { AppConfig, AppDeps, AppEnv } from './context.ts';
import type { DialectName } from './db/connect.ts';
import type { Database } from './db/schema.ts';
import { errorResponse, HttpError } from './errors.ts';
import { registerRoutes } from './routes/index.ts';
import { serveSpa } from './static.ts';

export interface CreateAppOptions {
  db: Kysely<Database>;
  dialect: DialectName;
  config?: Partial<AppConfig>;
  /** Where unexpected errors go (default console.error). */
  logError?: (err: unknown) => void;
}

export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const config: AppConfig = {
    secureCookies: false,
    trustProxy: false,
    staticRoot: null,
    now: Date.now,
    forbidSelfApproval: false,
    ...options.config,
  };
  const deps: AppDeps = { db: options.db, dialect: options.dialect, config };
  const logError = options.logError ?? ((err: unknown) => console.error(err));
  const app = new Hono<AppEnv>();

  app.onError((err, c) => {
    if (err instanceof HttpError) return errorResponse(c, err);
    logError(err);
    return errorResponse(c, new HttpError(500, 'internal', 'internal error'));
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        // The SPA sets no <base>; 'none' stops an injected one from redirecting relative URLs.
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', csrfGuard(config.trustProxy));
  app.use('/api/*', loadSession(deps));
  registerRoutes(app, deps);
  app.all('/api/*', (c) => errorResponse(c, new HttpError(404, 'not-found', 'no such API route')));
  if (config.staticRoot) serveSpa(app, config.staticRoot);
  return app;
}
