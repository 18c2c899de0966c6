/**
 * Sessions live in the database (several server processes may share one PostgreSQL). The cookie
 * holds a random token; the table holds only its sha256.
 */
import { randomBytes } from 'node:crypto';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { SESSION_COOKIE } from '../../api/contract.ts';
import type { AppConfig, AuthUser, Ctx } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { isoNow, sha256Hex } from '../util.ts';

export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 3600_000;
/** last_seen_at is written at most this often, so reads do not turn every request into a write. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  info: { address: string | null; userAgent: string | null; now: number },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      token_hash: sha256Hex(token),
      user_id: userId,
      created_at: isoNow(info.now),
      last_seen_at: isoNow(info.now),
      expires_at: isoNow(info.now + SESSION_ABSOLUTE_MS),
      address: info.address?.slice(0, 100) ?? null,
      user_agent: info.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/** The active user behind a token, or null (unknown, expired, idle too long, or user deactivated). */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now: number,
): Promise<{ user: AuthUser; tokenHash: string } | null> {
  const tokenHash = sha256Hex(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.active',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const lastSeen = Date.parse(row.last_seen_at);
  if (row.expires_at <= isoNow(now) || lastSeen + SESSION_IDLE_MS <= now || !row.active) {
    await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    return null;
  }
  if (now - lastSeen >= TOUCH_EVERY_MS) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: isoNow(now) })
      .where('token_hash', '=', tokenHash)
      .execute();
  }
  return {
    tokenHash,
    user: { id: row.id, username: row.username, displayName: row.display_name, role: row.role },
  };
}

export async function revokeSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function revokeUserSessions(
  db: Kysely<Database>,
  userId: string,
  keepTokenHash: string | null = null,
): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash) q = q.where('token_hash', '!=', keepTokenHash);
  await q.execute();
}

export async function purgeExpiredSessions(db: Kysely<Database>, now: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('expires_at', '<=', isoNow(now)), eb('last_seen_at', '<=', isoNow(now - SESSION_IDLE_MS))]),
    )
    .execute();
}

export function isHttps(c: Ctx, config: AppConfig): boolean {
  if (config.secureCookies) return true;
  if (new URL(c.req.url).protocol === 'https:') return true;
  return config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export function readSessionCookie(c: Ctx): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Ctx, config: AppConfig, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, config),
    path: '/',
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(c: Ctx, config: AppConfig): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: isHttps(c, config) });
}
