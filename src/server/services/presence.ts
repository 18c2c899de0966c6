/**
 * Who has an issue open in the editor. Stored in the database so every server process sees it; an
 * entry counts while its last heartbeat is younger than PRESENCE_TTL_MS (the editor beats every ~15 s).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { PresenceEntry } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { notFound } from '../errors.ts';
import { isoNow } from '../util.ts';

export const PRESENCE_TTL_MS = 45_000;

export async function heartbeat(
  db: Kysely<Database>,
  issueId: string,
  userId: string,
  now: number,
): Promise<void> {
  const exists = await db.selectFrom('issues').select('id').where('id', '=', issueId).executeTakeFirst();
  if (!exists) throw notFound('no such issue');
  const at = isoNow(now);
  const cutoff = isoNow(now - PRESENCE_TTL_MS);
  await db
    .insertInto('presence')
    .values({ issue_id: issueId, user_id: userId, since: at, last_seen: at })
    .onConflict((oc) =>
      oc.columns(['issue_id', 'user_id']).doUpdateSet({
        // An expired entry is a new visit: its `since` starts again.
        since: sql<string>`case when presence.last_seen < ${cutoff} then excluded.since else presence.since end`,
        last_seen: (eb) => eb.ref('excluded.last_seen'),
      }),
    )
    .execute();
  await db.deleteFrom('presence').where('last_seen', '<', cutoff).execute();
}

export async function leave(db: Kysely<Database>, issueId: string, userId: string): Promise<void> {
  await db.deleteFrom('presence').where('issue_id', '=', issueId).where('user_id', '=', userId).execute();
}

export async function editingFor(
  db: Kysely<Database>,
  issueIds: string[],
  now: number,
): Promise<Map<string, PresenceEntry[]>> {
  const out = new Map<string, PresenceEntry[]>();
  if (issueIds.length === 0) return out;
  const rows = await db
    .selectFrom('presence')
    .innerJoin('users', 'users.id', 'presence.user_id')
    .select(['presence.issue_id', 'presence.since', 'users.username', 'users.display_name'])
    .where('presence.issue_id', 'in', issueIds)
    .where('presence.last_seen', '>=', isoNow(now - PRESENCE_TTL_MS))
    .orderBy('presence.since')
    .execute();
  for (const r of rows) {
    const list = out.get(r.issue_id) ?? [];
    list.push({ username: r.username, displayName: r.display_name, since: r.since });
    out.set(r.issue_id, list);
  }
  return out;
}
