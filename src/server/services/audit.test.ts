/** The audit log records every state-changing event, and nothing rewrites it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditListResponseSchema, ROUTES } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness, PASSWORD } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { approvableDoc, approved, editedIssue, issueData, post, saveDoc } from '../test/review.ts';

describe.each(backends)('audit log on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend, { trustProxy: true });
  });
  afterAll(() => h.cleanup());

  const rows = () => h.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

  it('records who, when, what and from where for every kind of event', async () => {
    const from = { 'X-Forwarded-For': '10.1.2.3' };
    expect((await h.login('editor', 'wrong password', from)).status).toBe(401);
    const editor = await h.cookieFor('editor');
    const id = await editedIssue(h, editor);
    await h.request('PATCH', `/api/issues/${id}`, { cookie: editor, json: { edition: 'B' }, headers: from });
    await h.request('POST', `/api/issues/${id}/revisions/0/restore`, {
      cookie: editor,
      json: { saveId: 'audit-restore-1' },
      headers: { 'If-Match': '1' },
    });
    const { source } = await issueData(h, id, editor);
    await saveDoc(h, id, approvableDoc(source), editor);
    await post(h, `/api/issues/${id}/submit`, editor);
    await post(h, `/api/issues/${id}/request-changes`, h.cookies.supervisor, { comment: 'noch nicht' });
    await saveDoc(h, id, approvableDoc(source), editor);
    await post(h, `/api/issues/${id}/submit`, editor);
    await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor);
    await post(h, `/api/issues/${id}/reopen`, h.cookies.supervisor, { reason: 'Datum falsch' });
    const comment = (await (await post(h, `/api/issues/${id}/comments`, editor, { body: 'ok' })).json()) as {
      comment: { id: string };
    };
    for (const resolved of [true, false]) {
      await h.request('PATCH', `/api/issues/${id}/comments/${comment.comment.id}`, {
        cookie: editor,
        json: { resolved },
      });
    }
    const other = await approved(h);
    const release = await h.request('POST', '/api/release', { cookie: editor, json: { ids: [other] } });
    await release.arrayBuffer();
    const created = (await (
      await post(h, '/api/users', h.cookies.admin, { username: 'neu', role: 'editor', password: PASSWORD })
    ).json()) as { user: { id: string } };
    await h.request('PATCH', `/api/users/${created.user.id}`, {
      cookie: h.cookies.admin,
      json: { role: 'supervisor', password: 'a new password 123' },
    });
    const neu = await h.cookieFor('neu', 'a new password 123');
    await post(h, '/api/auth/password', neu, {
      currentPassword: 'a new password 123',
      newPassword: PASSWORD + '!',
    });
    await post(h, '/api/auth/logout', neu);

    const all = await rows();
    expect(new Set(all.map((r) => r.action))).toEqual(new Set(AUDIT_ACTIONS));

    const failed = all.find((r) => r.action === 'login-failed');
    expect(failed).toMatchObject({ actor_id: null, ip: '10.1.2.3' });
    expect(JSON.parse(failed!.details)).toEqual({ username: 'editor', reason: 'wrong-password' });
    const patch = all.find((r) => r.action === 'issue-update');
    expect(patch).toMatchObject({ issue_id: id, ip: '10.1.2.3', at: '2026-03-01T09:00:00.000Z' });
    const editorId = (
      await h.db.selectFrom('users').select('id').where('username', '=', 'editor').executeTakeFirstOrThrow()
    ).id;
    expect(patch?.actor_id).toBe(editorId);
    const userUpdate = all.find((r) => r.action === 'user-update');
    expect(JSON.parse(userUpdate!.details)).toEqual({
      username: 'neu',
      role: 'supervisor',
      passwordReset: true,
    });
    expect(userUpdate?.details).not.toContain('a new password');
    expect(JSON.parse(all.find((r) => r.action === 'release')!.details)).toMatchObject({
      issues: 1,
      ids: [other],
    });

    const history = auditListResponseSchema.parse(
      await (await h.request('GET', `/api/issues/${id}/history`, { cookie: editor })).json(),
    );
    expect(history.items.map((e) => e.action)).toEqual([
      'import',
      'save',
      'issue-update',
      'restore',
      'save',
      'submit',
      'request-changes',
      'save',
      'submit',
      'approve',
      'reopen',
      'comment',
      'comment-resolve',
      'comment-unresolve',
    ]);
    expect(history.items[0]?.actor).toEqual({ username: 'editor', displayName: 'The editor' });
  });

  it('lists newest first and filters by issue, user and action, a page at a time', async () => {
    const id = await editedIssue(h);
    const query = async (q: string) =>
      auditListResponseSchema.parse(
        await (await h.request('GET', `/api/audit${q}`, { cookie: h.cookies.supervisor })).json(),
      );
    const all = await query('?pageSize=500');
    expect(all.items.map((e) => e.id)).toEqual([...all.items.map((e) => e.id)].sort((a, b) => b - a));
    const forIssue = await query(`?issueId=${id}`);
    expect(forIssue.items.map((e) => e.action)).toEqual(['save', 'import']);
    const supervisorId = (
      await h.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'supervisor')
        .executeTakeFirstOrThrow()
    ).id;
    const bySupervisor = await query(`?userId=${supervisorId}`);
    expect(bySupervisor.total).toBeGreaterThan(0);
    expect(bySupervisor.items.every((e) => e.actor?.username === 'supervisor')).toBe(true);
    const logins = await query('?action=login&pageSize=2&page=2');
    expect(logins).toMatchObject({ page: 2, pageSize: 2 });
    expect(logins.items.every((e) => e.action === 'login')).toBe(true);
    expect(logins.total).toBeGreaterThan(2);
    expect((await h.request('GET', '/api/audit', { cookie: h.cookies.editor })).status).toBe(403);
  });

  it('no route changes or removes an entry, whoever calls it, and the database refuses to', async () => {
    const id = await approved(h);
    const before = await rows();
    for (const route of ROUTES) {
      // A fresh session each time: the logout route would end a shared one.
      const cookie = await h.cookieFor('admin');
      const path = route.path
        .replace(':id', route.path.startsWith('/api/users') ? 'nobody' : id)
        .replace(':rev', '0')
        .replace(':cid', '1')
        .replace(':version', '1');
      const res = await h.request(
        route.method,
        path,
        route.method === 'GET' ? { cookie } : { cookie, json: {} },
      );
      await res.arrayBuffer();
    }
    const after = await rows();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    await expect(h.db.updateTable('audit_log').set({ action: 'login' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(h.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect(await rows()).toEqual(after);
  });
});
