/**
 * CSRF defence for state-changing requests: a cross-origin `Origin` is refused, and the custom
 * header X-Galley-CSRF: 1 is required (HTML forms and simple cross-site requests cannot send it;
 * a cross-origin fetch that sets it needs a CORS preflight we never grant).
 */
import type { MiddlewareHandler } from 'hono';
import { CSRF_HEADER } from '../../api/contract.ts';
import type { AppEnv } from '../context.ts';
import { errorResponse, HttpError } from '../errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameOrigin(origin: string, host: string | undefined, forwardedHost: string | undefined): boolean {
  if (origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.host === host || (forwardedHost !== undefined && parsed.host === forwardedHost);
}

export function csrfGuard(trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const forwardedHost = trustProxy ? c.req.header('x-forwarded-host') : undefined;
    if (origin !== undefined && !sameOrigin(origin, host, forwardedHost)) {
      return errorResponse(c, new HttpError(403, 'csrf', 'cross-origin request refused'));
    }
    if (c.req.header(CSRF_HEADER) !== '1') {
      return errorResponse(c, new HttpError(403, 'csrf', `missing ${CSRF_HEADER} header`));
    }
    return next();
  };
}
