/** The review queue, the review endpoint and comments. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commentListResponseSchema,
  commentResponseSchema,
  reviewCountResponseSchema,
  reviewQueueResponseSchema,
  reviewResponseSchema,
} from '../../api/contract.ts';
import { diffDocs } from '../../core/diff/index.ts';
import type { Doc } from '../../core/model.ts';
import { SourceText } from '../../core/text.ts';
import { backends } from '../test/backends.ts';
import { createHarness } from '../test/harness.ts';
import type { Harness } from '../test/harness.ts';
import { editedIssue, post, submitted } from '../test/review.ts';

describe.each(backends)('review on $name', (backend) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(backend);
  });
  afterAll(() => h.cleanup());

  const get = (path: string, cookie = h.cookies.supervisor) => h.request('GET', path, { cookie });

  it('queues submitted issues oldest first with editor, time, message and diff figures; the badge counts them', async () => {
    const fresh = await createHarness(backend);
    try {
      const first = await editedIssue(fresh);
      const second = await editedIssue(fresh);
      await editedIssue(fresh); // in progress: not in the queue
      fresh.clock.t += 60_000;
      await post(fresh, `/api/issues/${second}/submit`, fresh.cookies.editor, { message: 'zuerst' });
      fresh.clock.t += 60_000;
      await post(fresh, `/api/issues/${first}/submit`, fresh.cookies.editor);

      const res = await fresh.request('GET', '/api/review/queue', { cookie: fresh.cookies.supervisor });
      const queue = reviewQueueResponseSchema.parse(await res.json());
      expect(queue.items.map((i) => i.issue.id)).toEqual([second, first]);
      expect(queue.items[0]).toMatchObject({
        submittedAt: '2026-03-01T09:01:00.000Z',
        submittedBy: { username: 'editor' },
        editors: [{ username: 'editor', displayName: 'The editor' }],
        message: 'zuerst',
        issue: { status: 'submitted' },
      });
      expect(queue.items[1]?.message).toBeNull();
      expect(queue.items[0]?.figures.resultArticles).toBe(3);
      expect(queue.items[0]?.changeCount).toBeGreaterThanOrEqual(0);

      const count = async () =>
        reviewCountResponseSchema.parse(
          await (
            await fresh.request('GET', '/api/review/count', { cookie: fresh.cookies.supervisor })
          ).json(),
        ).submitted;
      expect(await count()).toBe(2);
      await post(fresh, `/api/issues/${second}/approve`, fresh.cookies.supervisor);
      expect(await count()).toBe(1);
    } finally {
      await fresh.cleanup();
    }
  });

  it('the review holds the proposal, the current document, the source, the diff and the comments', async () => {
    const id = await submitted(h);
    await post(h, `/api/issues/${id}/comments`, h.cookies.supervisor, {
      body: 'Absatz prüfen',
      articleId: 'a2',
    });
    const review = reviewResponseSchema.parse(await (await get(`/api/issues/${id}/review`)).json());
    const proposal = await h.db
      .selectFrom('revisions')
      .select('doc')
      .where('issue_id', '=', id)
      .where('rev', '=', 0)
      .executeTakeFirstOrThrow();
    expect(review.proposal).toEqual(JSON.parse(proposal.doc));
    expect(review.doc.articles.map((a) => a.fields.headline)).toEqual(['标题1', '标题2', '标题3']);
    const expected = diffDocs(review.proposal as Doc, review.doc as Doc, new SourceText(review.source));
    expect(review.diff).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(review.comments).toEqual([expect.objectContaining({ body: 'Absatz prüfen', articleId: 'a2' })]);
    expect(review.submission).toMatchObject({ by: { username: 'editor' }, revision: 1, message: null });
    expect(review.editors).toEqual([{ username: 'editor', displayName: 'The editor' }]);
    expect(review.issue.status).toBe('submitted');
  });

  it('threads replies by parentId, anchors to articles or lines, and lets editors and supervisors resolve', async () => {
    const id = await editedIssue(h);
    const create = async (json: unknown, cookie = h.cookies.supervisor) => {
      const res = await post(h, `/api/issues/${id}/comments`, cookie, json);
      expect(res.status).toBe(201);
      return commentResponseSchema.parse(await res.json()).comment;
    };
    const root = await create({ body: 'Zeile 2 gehört woanders hin', line: 1 });
    const reply = await create({ body: 'Erledigt', parentId: root.id }, h.cookies.editor);
    const onArticle = await create({ body: 'Überschrift?', articleId: 'a1' });
    expect(root).toMatchObject({ line: 1, articleId: null, parentId: null, kind: 'comment', revision: 1 });
    expect(reply).toMatchObject({ parentId: root.id, author: { username: 'editor' } });
    expect(onArticle).toMatchObject({ articleId: 'a1', line: null });

    const resolve = (cid: string, resolved: boolean, cookie: string) =>
      h.request('PATCH', `/api/issues/${id}/comments/${cid}`, { cookie, json: { resolved } });
    const resolved = commentResponseSchema.parse(
      await (await resolve(root.id, true, h.cookies.editor)).json(),
    );
    expect(resolved.comment).toMatchObject({
      resolved: true,
      resolvedBy: { username: 'editor' },
      resolvedAt: '2026-03-01T09:00:00.000Z',
    });
    const reopened = commentResponseSchema.parse(
      await (await resolve(root.id, false, h.cookies.supervisor)).json(),
    );
    expect(reopened.comment).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null });

    const list = commentListResponseSchema.parse(
      await (await get(`/api/issues/${id}/comments`, h.cookies.editor)).json(),
    );
    expect(list.items.map((c) => c.id)).toEqual([root.id, reply.id, onArticle.id]);

    const other = await editedIssue(h);
    const foreign = await post(h, `/api/issues/${other}/comments`, h.cookies.editor, {
      body: 'x',
      parentId: root.id,
    });
    expect(foreign.status).toBe(400);
    expect((await resolve('999999', true, h.cookies.editor)).status).toBe(404);
    const wrongIssue = await h.request('PATCH', `/api/issues/${other}/comments/${root.id}`, {
      cookie: h.cookies.editor,
      json: { resolved: true },
    });
    expect(wrongIssue.status).toBe(404);
    expect((await post(h, `/api/issues/${id}/comments`, h.cookies.editor, { body: '  ' })).status).toBe(400);
    expect((await post(h, '/api/issues/nope/comments', h.cookies.editor, { body: 'x' })).status).toBe(404);
  });
});
