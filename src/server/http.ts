/** Small request helpers shared by the routes. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppConfig, Ctx } from './context.ts';
import { HttpError } from './errors.ts';

/** The client's address for rate limiting: the socket peer, or X-Forwarded-For behind a trusted proxy. */
export function clientAddress(c: Ctx, config: AppConfig): string {
  if (config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() in tests has no socket.
    return 'unknown';
  }
}

/** The revision named by If-Match (`3`, `"3"` or `W/"3"`); 428 when absent, 412-worthy garbage → 400. */
export function ifMatchRevision(c: Ctx): number {
  const raw = c.req.header('if-match');
  if (raw === undefined || raw.trim() === '') {
    throw new HttpError(428, 'precondition-required', 'If-Match: <revision> is required');
  }
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
  if (!m) throw new HttpError(400, 'bad-request', 'If-Match must be a revision number');
  return Number(m[1]);
}

export function intParam(c: Ctx, name: string): number {
  const raw = c.req.param(name);
  if (raw === undefined || !/^\d{1,9}$/.test(raw)) throw new HttpError(404, 'not-found', `bad ${name}`);
  return Number(raw);
}

export function param(c: Ctx, name: string): string {
  const raw = c.req.param(name);
  if (!raw) throw new HttpError(404, 'not-found', `missing ${name}`);
  return raw;
}
