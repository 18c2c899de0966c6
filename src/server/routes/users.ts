import { createUserRequestSchema, updateUserRequestSchema } from '../../api/contract.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { readJson } from '../errors.ts';
import { param } from '../http.ts';
import { createUser, listUsers, updateUser } from '../services/users.ts';

export function userRoutes({ db, config }: AppDeps) {
  return {
    async listUsers(c: Ctx) {
      return c.json({ items: await listUsers(db) });
    },
    async createUser(c: Ctx) {
      const body = await readJson(c, createUserRequestSchema);
      return c.json({ user: await createUser(db, body, config.now()) }, 201);
    },
    async updateUser(c: Ctx) {
      const body = await readJson(c, updateUserRequestSchema);
      return c.json({ user: await updateUser(db, param(c, 'id'), body, config.now()) });
    },
  };
}
