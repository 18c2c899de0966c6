/**
 * Login throttling, counted in the database so it holds across server processes: at most
 * 5 failures per account and 20 per client address within 15 minutes.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { HttpError } from '../errors.ts';
import { isoNow } from '../util.ts';

export const WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

const accountKey = (username: string) => `user:${username.toLowerCase()}`;
const addressKey = (address: string) => `addr:${address}`;

async function failures(
  db: Kysely<Database>,
  key: string,
  now: number,
): Promise<{ n: number; oldest: string | null }> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
    .where('key', '=', key)
    .where('at', '>', isoNow(now - WINDOW_MS))
    .executeTakeFirst();
  return { n: Number(row?.n ?? 0), oldest: (row?.oldest as string | null | undefined) ?? null };
}

/** Throws 429 when the account or the address has failed too often recently. */
export async function assertLoginAllowed(
  db: Kysely<Database>,
  username: string,
  address: string,
  now: number,
): Promise<void> {
  const checks = [
    { key: accountKey(username), max: MAX_FAILURES_PER_ACCOUNT, what: 'this account' },
    { key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS, what: 'your address' },
  ];
  for (const { key, max, what } of checks) {
    const { n, oldest } = await failures(db, key, now);
    if (n >= max) {
      const retryAfter = oldest ? Math.max(1, Math.ceil((Date.parse(oldest) + WINDOW_MS - now) / 1000)) : 900;
      throw new HttpError(
        429,
        'rate-limited',
        `Too many failed logins for ${what}. Try again in ${Math.ceil(retryAfter / 60)} minutes.`,
        { details: { retryAfterSeconds: retryAfter }, headers: { 'Retry-After': String(retryAfter) } },
      );
    }
  }
}

export async function recordLoginFailure(
  db: Kysely<Database>,
  username: string,
  address: string,
  now: number,
): Promise<void> {
  const at = isoNow(now);
  await db
    .insertInto('login_failures')
    .values([
      { key: accountKey(username), at },
      { key: addressKey(address), at },
    ])
    .execute();
  // Old rows are useless; trimming here keeps the table small without a background job.
  await db
    .deleteFrom('login_failures')
    .where('at', '<=', isoNow(now - WINDOW_MS))
    .execute();
}

/** A successful login forgives the account's failures (not the address's). */
export async function clearAccountFailures(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', accountKey(username)).execute();
}
