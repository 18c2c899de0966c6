import { z } from 'zod';
import { docSchema, restoreRequestSchema, saveDocumentRequestSchema } from '../../api/contract.ts';
import { currentUser } from '../auth/guard.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { HttpError, readJson } from '../errors.ts';
import { clientAddress, ifMatchRevision, intParam, param } from '../http.ts';
import { getRevision, listRevisions, restoreRevision, saveRevision } from '../services/revisions.ts';

const saveEnvelope = saveDocumentRequestSchema.extend({ doc: z.unknown() });

export function revisionRoutes({ db, config }: AppDeps) {
  return {
    async saveDocument(c: Ctx) {
      const baseRev = ifMatchRevision(c);
      const { doc: raw, saveId } = await readJson(c, saveEnvelope);
      // A document of the wrong shape is as invalid as one that breaks the invariants: 422 either way.
      const parsed = docSchema.safeParse(raw);
      if (!parsed.success) {
        throw new HttpError(422, 'invalid-document', 'the document does not match the schema', {
          details: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
        });
      }
      const doc = parsed.data;
      const result = await saveRevision(db, {
        issueId: param(c, 'id'),
        baseRev,
        doc,
        saveId,
        user: currentUser(c),
        now: config.now(),
        ip: clientAddress(c, config),
      });
      return c.json(result, 200, { ETag: `"${result.revision}"` });
    },
    async listRevisions(c: Ctx) {
      return c.json({ items: await listRevisions(db, param(c, 'id')) });
    },
    async getRevision(c: Ctx) {
      return c.json(await getRevision(db, param(c, 'id'), intParam(c, 'rev')));
    },
    async restoreRevision(c: Ctx) {
      const baseRev = ifMatchRevision(c);
      const { saveId } = await readJson(c, restoreRequestSchema);
      const result = await restoreRevision(db, {
        issueId: param(c, 'id'),
        rev: intParam(c, 'rev'),
        baseRev,
        saveId,
        user: currentUser(c),
        now: config.now(),
        ip: clientAddress(c, config),
      });
      return c.json(result, 200, { ETag: `"${result.revision}"` });
    },
  };
}
