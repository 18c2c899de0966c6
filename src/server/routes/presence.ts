import { currentUser } from '../auth/guard.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { param } from '../http.ts';
import { editingFor, heartbeat, leave } from '../services/presence.ts';

export function presenceRoutes({ db, config }: AppDeps) {
  async function editing(c: Ctx, issueId: string) {
    const map = await editingFor(db, [issueId], config.now());
    return c.json({ editing: map.get(issueId) ?? [] });
  }
  return {
    async heartbeat(c: Ctx) {
      const id = param(c, 'id');
      await heartbeat(db, id, currentUser(c).id, config.now());
      return editing(c, id);
    },
    async leave(c: Ctx) {
      const id = param(c, 'id');
      await leave(db, id, currentUser(c).id);
      return editing(c, id);
    },
  };
}
