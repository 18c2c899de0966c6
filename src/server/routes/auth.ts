import { changePasswordRequestSchema, loginRequestSchema } from '../../api/contract.ts';
import { currentUser } from '../auth/guard.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../auth/passwords.ts';
import { assertLoginAllowed, clearAccountFailures, recordLoginFailure } from '../auth/rate-limit.ts';
import {
  clearSessionCookie,
  createSession,
  revokeSession,
  revokeUserSessions,
  setSessionCookie,
} from '../auth/sessions.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { HttpError, notFound, readJson } from '../errors.ts';
import { auditSource, clientAddress } from '../http.ts';
import { recordAudit } from '../services/audit.ts';
import { findUserByName, toUser } from '../services/users.ts';
import { isoNow } from '../util.ts';

export function authRoutes({ db, config }: AppDeps) {
  return {
    async login(c: Ctx) {
      const { username, password } = await readJson(c, loginRequestSchema);
      const address = clientAddress(c, config);
      const now = config.now();
      await assertLoginAllowed(db, username, address, now);
      const row = await findUserByName(db, username);
      const ok = row
        ? await verifyPassword(password, row.password_hash)
        : (await burnPasswordCheck(password), false);
      if (!row || !ok) {
        await recordLoginFailure(db, username, address, now);
        await recordAudit(db, {
          action: 'login-failed',
          actorId: null,
          ip: address,
          targetUserId: row?.id ?? null,
          now,
          details: { username, reason: row ? 'wrong-password' : 'unknown-user' },
        });
        throw new HttpError(401, 'invalid-credentials', 'wrong username or password');
      }
      if (!row.active) {
        await recordAudit(db, {
          action: 'login-failed',
          actorId: null,
          ip: address,
          targetUserId: row.id,
          now,
          details: { username, reason: 'deactivated' },
        });
        throw new HttpError(403, 'forbidden', 'this account is deactivated');
      }
      await clearAccountFailures(db, username);
      // Rotation: whatever session this browser had before is gone; the new token is fresh.
      const previous = c.get('sessionHash');
      if (previous) await revokeSession(db, previous);
      const token = await createSession(db, row.id, {
        address,
        userAgent: c.req.header('user-agent') ?? null,
        now,
      });
      await db
        .updateTable('users')
        .set({ last_login_at: isoNow(now) })
        .where('id', '=', row.id)
        .execute();
      await recordAudit(db, { action: 'login', actorId: row.id, ip: address, now });
      setSessionCookie(c, config, token);
      return c.json({ user: toUser({ ...row, last_login_at: isoNow(now) }) });
    },

    async logout(c: Ctx) {
      const hash = c.get('sessionHash');
      if (hash) {
        await revokeSession(db, hash);
        await recordAudit(db, { action: 'logout', ...auditSource(c, config), now: config.now() });
      }
      clearSessionCookie(c, config);
      return c.json({ ok: true as const });
    },

    async me(c: Ctx) {
      const user = currentUser(c);
      const row = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirst();
      if (!row) throw notFound('no such user');
      return c.json({ user: toUser(row) });
    },

    async changePassword(c: Ctx) {
      const user = currentUser(c);
      const body = await readJson(c, changePasswordRequestSchema);
      const row = await db.selectFrom('users').selectAll().where('id', '=', user.id).executeTakeFirst();
      if (!row || !(await verifyPassword(body.currentPassword, row.password_hash))) {
        throw new HttpError(401, 'invalid-credentials', 'the current password is wrong');
      }
      const hash = await hashPassword(body.newPassword);
      await db
        .updateTable('users')
        .set({ password_hash: hash, updated_at: isoNow(config.now()) })
        .where('id', '=', user.id)
        .execute();
      await revokeUserSessions(db, user.id, c.get('sessionHash'));
      await recordAudit(db, {
        action: 'password-change',
        ...auditSource(c, config),
        targetUserId: user.id,
        now: config.now(),
      });
      return c.json({ ok: true as const });
    },
  };
}
