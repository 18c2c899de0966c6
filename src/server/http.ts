/** Small request helpers shared by the routes. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppConfig, Ctx } from './context.ts';
import type { ZodType } from 'zod';
import { HttpError, parseWith } from './errors.ts';

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

/** The acting user and the client address, for the audit log. */
export function auditSource(c: Ctx, config: AppConfig): { actorId: string | null; ip: string } {
  return { actorId: c.get('user')?.id ?? null, ip: clientAddress(c, config) };
}

/** A JSON body that may be absent (no body, or an empty one): parsed as `{}`. */
export async function readOptionalJson<T>(c: Ctx, schema: ZodType<T>): Promise<T> {
  const text = await c.req.text();
  if (text.trim() === '') return parseWith(schema, {}, 'body');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad-request', 'the body is not JSON');
  }
  return parseWith(schema, body, 'body');
}
