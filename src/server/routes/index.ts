/**
 * Registers every route of the contract's table with its role guard. The handler map is typed by
 * RouteName, so a route in the table without a handler (or a handler without a route) does not compile.
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_IMPORT_REQUEST_BYTES, ROUTES } from '../../api/contract.ts';
import type { RouteName } from '../../api/contract.ts';
import { requireRole } from '../auth/guard.ts';
import type { AppDeps, AppEnv, Handler } from '../context.ts';
import { errorResponse, HttpError } from '../errors.ts';
import { auditRoutes } from './audit.ts';
import { authRoutes } from './auth.ts';
import { commentRoutes } from './comments.ts';
import { exportRoutes } from './exports.ts';
import { importRoutes } from './import.ts';
import { issueRoutes } from './issues.ts';
import { metaRoutes } from './meta.ts';
import { presenceRoutes } from './presence.ts';
import { reporterRoutes } from './reporters.ts';
import { reviewRoutes } from './review.ts';
import { revisionRoutes } from './revisions.ts';
import { userRoutes } from './users.ts';

/** JSON bodies: a document of a 20 MB issue stays well under this. */
const JSON_BODY_LIMIT = 32 * 1024 * 1024;

export function registerRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const handlers: Record<RouteName, Handler> = {
    ...authRoutes(deps),
    ...issueRoutes(deps),
    ...importRoutes(deps),
    ...revisionRoutes(deps),
    ...presenceRoutes(deps),
    ...reporterRoutes(deps),
    ...userRoutes(deps),
    ...metaRoutes(deps),
    ...reviewRoutes(deps),
    ...commentRoutes(deps),
    ...exportRoutes(deps),
    ...auditRoutes(deps),
  };
  for (const route of ROUTES) {
    const limit = bodyLimit({
      maxSize: 'multipart' in route && route.multipart ? MAX_IMPORT_REQUEST_BYTES : JSON_BODY_LIMIT,
      onError: (c) => errorResponse(c, new HttpError(413, 'too-large', 'the request is too large')),
    });
    app.on(route.method, route.path, requireRole(route.minRole), limit, handlers[route.name]);
  }
}
