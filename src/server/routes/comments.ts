import { createCommentRequestSchema, patchCommentRequestSchema } from '../../api/contract.ts';
import { currentUser } from '../auth/guard.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { notFound, readJson } from '../errors.ts';
import { auditSource, param } from '../http.ts';
import { recordAudit } from '../services/audit.ts';
import { insertComment, listComments, setResolved } from '../services/comments.ts';

export function commentRoutes({ db, config }: AppDeps) {
  return {
    async listComments(c: Ctx) {
      const issueId = param(c, 'id');
      const issue = await db.selectFrom('issues').select('id').where('id', '=', issueId).executeTakeFirst();
      if (!issue) throw notFound('no such issue');
      return c.json({ items: await listComments(db, issueId) });
    },

    async createComment(c: Ctx) {
      const body = await readJson(c, createCommentRequestSchema);
      const issueId = param(c, 'id');
      const user = currentUser(c);
      const now = config.now();
      const comment = await db.transaction().execute(async (trx) => {
        const created = await insertComment(
          trx,
          {
            issueId,
            kind: 'comment',
            body: body.body,
            parentId: body.parentId,
            articleId: body.articleId,
            line: body.line,
          },
          user,
          now,
        );
        await recordAudit(trx, {
          action: 'comment',
          ...auditSource(c, config),
          issueId,
          now,
          details: { commentId: created.id, ...(created.parentId ? { parentId: created.parentId } : {}) },
        });
        return created;
      });
      return c.json({ comment }, 201);
    },

    async patchComment(c: Ctx) {
      const { resolved } = await readJson(c, patchCommentRequestSchema);
      const issueId = param(c, 'id');
      const id = param(c, 'cid');
      const now = config.now();
      const comment = await db.transaction().execute(async (trx) => {
        const updated = await setResolved(trx, issueId, id, resolved, currentUser(c), now);
        await recordAudit(trx, {
          action: resolved ? 'comment-resolve' : 'comment-unresolve',
          ...auditSource(c, config),
          issueId,
          now,
          details: { commentId: id },
        });
        return updated;
      });
      return c.json({ comment });
    },
  };
}
