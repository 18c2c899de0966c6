/**
 * The audit log: who did what, when, from where. This module only inserts and reads; the table's
 * triggers refuse UPDATE and DELETE, so not even a bug elsewhere can rewrite history.
 */
import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntry, AuditListResponse } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { isoNow } from '../util.ts';
import { userRef } from './users.ts';

export interface AuditEvent {
  action: AuditAction;
  actorId: string | null;
  ip: string | null;
  issueId?: string | null;
  targetUserId?: string | null;
  details?: Record<string, unknown>;
  now?: number;
}

/** Who is acting and from where; routes build it once per request. */
export interface AuditSource {
  actorId: string | null;
  ip: string | null;
}

export async function recordAudit(db: Kysely<Database>, event: AuditEvent): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: isoNow(event.now),
      action: event.action,
      actor_id: event.actorId,
      issue_id: event.issueId ?? null,
      target_user_id: event.targetUserId ?? null,
      ip: event.ip,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

export interface AuditFilter {
  issueId?: string | undefined;
  /** Events the user did or that were done to the user's account. */
  userId?: string | undefined;
  action?: AuditAction | undefined;
  page: number;
  pageSize: number;
  order: 'asc' | 'desc';
}

export async function listAudit(db: Kysely<Database>, filter: AuditFilter): Promise<AuditListResponse> {
  let base = db.selectFrom('audit_log');
  if (filter.issueId) base = base.where('audit_log.issue_id', '=', filter.issueId);
  if (filter.userId) {
    const userId = filter.userId;
    base = base.where((eb) =>
      eb.or([eb('audit_log.actor_id', '=', userId), eb('audit_log.target_user_id', '=', userId)]),
    );
  }
  if (filter.action) base = base.where('audit_log.action', '=', filter.action);
  const count = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  const rows = await base
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.issue_id',
      'audit_log.target_user_id',
      'audit_log.ip',
      'audit_log.details',
      'users.username',
      'users.display_name',
    ])
    .orderBy('audit_log.id', filter.order)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  const items: AuditEntry[] = rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    action: r.action as AuditAction,
    actor: userRef(r.username, r.display_name),
    issueId: r.issue_id,
    targetUserId: r.target_user_id,
    ip: r.ip,
    details: JSON.parse(r.details) as Record<string, unknown>,
  }));
  return { items, total: Number(count?.n ?? 0), page: filter.page, pageSize: filter.pageSize };
}
