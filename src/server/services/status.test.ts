/** Every transition × every role × every starting status, through the API, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_STATUSES } from '../../api/contract.ts';
import type { IssueStatus, UserRole } from '../../api/contract.ts';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import {
  approvableDoc,
  auditActions,
  editedIssue,
  issueData,
  post,
  saveDoc,
  statusOf,
} from '../test/review.ts';

type Action = 'save' | 'submit' | 'approve' | 'request-changes' | 'reopen';

const ROLES: UserRole[] = ['editor', 'supervisor', 'admin'];
const SUPERVISING: Action[] = ['approve', 'request-changes', 'reopen'];

/** The one status each action accepts, and where it leads; everything else is refused. */
const LEGAL: Record<Action, Partial<Record<IssueStatus, IssueStatus>>> = {
  save: { proposed: 'in_progress', in_progress: 'in_progress', changes_requested: 'in_progress' },
  submit: {
    proposed: 'submitted',
    in_progress: 'submitted',
    changes_requested: 'submitted',
    submitted: 'submitted',
  },
  approve: { submitted: 'approved' },
  'request-changes': { submitted: 'changes_requested' },
  reopen: { approved: 'in_progress' },
};

const BODIES: Record<Exclude<Action, 'save'>, unknown> = {
  submit: { message: 'fertig' },
  approve: {},
  'request-changes': { comment: 'Artikel 2 trennen', articleId: 'a2' },
  reopen: { reason: 'Schlagzeile falsch' },
};

describe.each(backends)('status transitions on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  async function act(action: Action, id: string, role: UserRole): Promise<Response> {
    const cookie = h.cookies[role];
    if (action === 'save') {
      const { source } = await issueData(h, id, cookie);
      return saveDoc(h, id, approvableDoc(source), cookie);
    }
    return post(h, `/api/issues/${id}/${action}`, cookie, BODIES[action]);
  }

  for (const action of ['save', 'submit', 'approve', 'request-changes', 'reopen'] as const) {
    for (const role of ROLES) {
      for (const from of ISSUE_STATUSES) {
        const forbidden = role === 'editor' && SUPERVISING.includes(action);
        const to = LEGAL[action][from];
        const outcome = forbidden ? '403' : to ? `→ ${to}` : '409';
        it(`${action} by ${role} on a ${from} issue: ${outcome}`, async () => {
          const id = await editedIssue(h);
          await h.db.updateTable('issues').set({ status: from }).where('id', '=', id).execute();
          const before = await auditActions(h, id);
          const res = await act(action, id, role);
          const body = (await res.json()) as { error?: { code: string; message: string } };
          if (forbidden) {
            expect(res.status).toBe(403);
            expect(body.error?.code).toBe('forbidden');
          } else if (to) {
            expect(res.status).toBe(200);
          } else {
            expect(res.status).toBe(409);
            const readOnly = action === 'save' && (from === 'submitted' || from === 'approved');
            expect(body.error?.code).toBe(readOnly ? 'read-only' : 'invalid-transition');
            if (readOnly) expect(body.error?.message).toMatch(/supervisor can (reopen|request changes)/);
          }
          expect(await statusOf(h, id)).toBe(forbidden || !to ? from : to);
          // A refused transition leaves no audit entry; a real one leaves exactly one.
          const added = (await auditActions(h, id)).slice(before.length);
          const changed = !forbidden && to !== undefined && !(action === 'submit' && from === 'submitted');
          expect(added).toEqual(changed ? [action] : []);
        });
      }
    }
  }

  it('an editor cannot approve even an issue they submitted themselves, whatever the body', async () => {
    const id = await editedIssue(h);
    expect((await post(h, `/api/issues/${id}/submit`, h.cookies.editor)).status).toBe(200);
    for (const json of [{}, { note: 'ok' }, undefined]) {
      const res = await post(h, `/api/issues/${id}/approve`, h.cookies.editor, json);
      expect(res.status).toBe(403);
    }
    expect(await statusOf(h, id)).toBe('submitted');
  });

  it('requesting changes needs a comment, and the comment is kept with its anchor', async () => {
    const id = await editedIssue(h);
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    for (const json of [{}, { comment: '   ' }, undefined]) {
      const res = await post(h, `/api/issues/${id}/request-changes`, h.cookies.supervisor, json);
      expect(res.status).toBe(400);
    }
    expect(await statusOf(h, id)).toBe('submitted');
    const res = await post(h, `/api/issues/${id}/request-changes`, h.cookies.supervisor, {
      comment: 'Zeile 4 gehört zum zweiten Artikel',
      line: 3,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { issue: { status: string }; comment: Record<string, unknown> };
    expect(body.issue.status).toBe('changes_requested');
    expect(body.comment).toMatchObject({
      kind: 'request-changes',
      body: 'Zeile 4 gehört zum zweiten Artikel',
      line: 3,
      articleId: null,
      author: { username: 'supervisor' },
    });
  });

  it('reopening needs a reason', async () => {
    const id = await editedIssue(h);
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor);
    expect((await post(h, `/api/issues/${id}/reopen`, h.cookies.supervisor, {})).status).toBe(400);
    expect(await statusOf(h, id)).toBe('approved');
  });

  it('the first edit after changes were requested moves the issue back to in_progress', async () => {
    const id = await editedIssue(h);
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    await post(h, `/api/issues/${id}/request-changes`, h.cookies.supervisor, { comment: 'bitte prüfen' });
    expect(await statusOf(h, id)).toBe('changes_requested');
    const { source } = await issueData(h, id);
    const doc = approvableDoc(source);
    doc.articles[0]!.fields.headline = 'Neue Schlagzeile';
    expect((await saveDoc(h, id, doc)).status).toBe(200);
    expect(await statusOf(h, id)).toBe('in_progress');
  });

  it('a submit message becomes a comment, and the submission carries the diff figures', async () => {
    const id = await editedIssue(h);
    const res = await post(h, `/api/issues/${id}/submit`, h.cookies.editor, { message: 'Bitte ansehen' });
    expect(res.status).toBe(200);
    const sub = await h.db
      .selectFrom('submissions')
      .selectAll()
      .where('issue_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(sub.message).toBe('Bitte ansehen');
    // The test text has three blocks; the editor confirmed the segmenter's layout into three articles.
    expect(JSON.parse(sub.figures)).toMatchObject({ resultArticles: 3 });
    const comments = (await (
      await h.request('GET', `/api/issues/${id}/comments`, { cookie: h.cookies.editor })
    ).json()) as { items: { kind: string; body: string }[] };
    expect(comments.items).toEqual([expect.objectContaining({ kind: 'submit', body: 'Bitte ansehen' })]);
  });

  it('a restore on a submitted issue is refused as read-only too', async () => {
    const id = await editedIssue(h);
    await post(h, `/api/issues/${id}/submit`, h.cookies.editor);
    const res = await h.request('POST', `/api/issues/${id}/revisions/0/restore`, {
      cookie: h.cookies.editor,
      json: { saveId: 'restore-after-submit' },
      headers: { 'If-Match': '1' },
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('read-only');
  });
});

describe.each(backends)('self-approval on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend, { forbidSelfApproval: true });
  });
  afterAll(() => h.cleanup());

  it('with GALLEY_FORBID_SELF_APPROVAL a supervisor who edited the issue cannot approve it; another can', async () => {
    const id = await editedIssue(h, h.cookies.supervisor);
    await post(h, `/api/issues/${id}/submit`, h.cookies.supervisor);
    const own = await post(h, `/api/issues/${id}/approve`, h.cookies.supervisor);
    expect(own.status).toBe(403);
    expect(((await own.json()) as { error: { code: string } }).error.code).toBe('self-approval');
    expect(await statusOf(h, id)).toBe('submitted');
    const other = await post(h, `/api/issues/${id}/approve`, h.cookies.admin);
    expect(other.status).toBe(200);
  });

  it('without the setting a supervisor may approve an issue they edited', async () => {
    const plain = await createHarness(backend);
    try {
      const id = await editedIssue(plain, plain.cookies.supervisor);
      await post(plain, `/api/issues/${id}/submit`, plain.cookies.supervisor);
      expect((await post(plain, `/api/issues/${id}/approve`, plain.cookies.supervisor)).status).toBe(200);
    } finally {
      await plain.cleanup();
    }
  });
});
