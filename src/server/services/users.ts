/** Accounts: shared by the admin routes, the CLI and the first-run bootstrap. */
import type { Kysely } from 'kysely';
import type { CreateUserRequest, UpdateUserRequest, User, UserRef } from '../../api/contract.ts';
import { hashPassword } from '../auth/passwords.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { isUniqueViolation } from '../db/connect.ts';
import type { Database, UserRow } from '../db/schema.ts';
import { HttpError, notFound } from '../errors.ts';
import { isoNow, newId } from '../util.ts';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    active: Boolean(row.active),
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

export function userRef(username: string | null, displayName: string | null): UserRef | null {
  return username === null ? null : { username, displayName: displayName ?? username };
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map(toUser);
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function createUser(
  db: Kysely<Database>,
  input: CreateUserRequest,
  now = Date.now(),
): Promise<User> {
  const row: UserRow = {
    id: newId(),
    username: input.username.toLowerCase(),
    display_name: input.displayName?.trim() || input.username,
    role: input.role,
    password_hash: await hashPassword(input.password),
    active: 1,
    created_at: isoNow(now),
    updated_at: isoNow(now),
    last_login_at: null,
  };
  try {
    await db.insertInto('users').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err))
      throw new HttpError(409, 'username-taken', `the username ${row.username} is taken`);
    throw err;
  }
  return toUser(row);
}

/** Deactivation and password resets revoke every session of the user. */
export async function updateUser(
  db: Kysely<Database>,
  id: string,
  patch: UpdateUserRequest,
  now = Date.now(),
): Promise<User> {
  const set: Partial<UserRow> = { updated_at: isoNow(now) };
  if (patch.displayName !== undefined) set.display_name = patch.displayName.trim();
  if (patch.role !== undefined) set.role = patch.role;
  if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
  if (patch.password !== undefined) set.password_hash = await hashPassword(patch.password);
  const row = await db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('users')
      .set(set)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!updated) throw notFound('no such user');
    const admins = await trx
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('role', '=', 'admin')
      .where('active', '=', 1)
      .executeTakeFirst();
    // Throwing rolls the change back: an archive without an active admin could never be administered again.
    if (Number(admins?.n ?? 0) === 0)
      throw new HttpError(409, 'last-admin', 'at least one active admin must remain');
    if (patch.active === false || patch.password !== undefined) await revokeUserSessions(trx, id);
    return updated;
  });
  return toUser(row);
}

export async function findUserByName(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst();
}
