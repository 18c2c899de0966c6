import { createUserRequestSchema, updateUserRequestSchema } from '../../api/contract.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { readJson } from '../errors.ts';
import { auditSource, param } from '../http.ts';
import { recordAudit } from '../services/audit.ts';
import { createUser, listUsers, updateUser } from '../services/users.ts';

export function userRoutes({ db, config }: AppDeps) {
  return {
    async listUsers(c: Ctx) {
      return c.json({ items: await listUsers(db) });
    },
    async createUser(c: Ctx) {
      const body = await readJson(c, createUserRequestSchema);
      const user = await createUser(db, body, config.now());
      await recordAudit(db, {
        action: 'user-create',
        ...auditSource(c, config),
        targetUserId: user.id,
        now: config.now(),
        details: { username: user.username, role: user.role },
      });
      return c.json({ user }, 201);
    },
    async updateUser(c: Ctx) {
      const body = await readJson(c, updateUserRequestSchema);
      const user = await updateUser(db, param(c, 'id'), body, config.now());
      // Never the password itself: only that it was reset.
      const { password, ...changes } = body;
      await recordAudit(db, {
        action: 'user-update',
        ...auditSource(c, config),
        targetUserId: user.id,
        now: config.now(),
        details: {
          username: user.username,
          ...changes,
          ...(password !== undefined ? { passwordReset: true } : {}),
        },
      });
      return c.json({ user });
    },
  };
}
