import { z } from 'zod';
import {
  restoreRequestSchema,
  saveDocumentChangesRequestSchema,
  saveDocumentRequestSchema,
} from '../../api/contract.ts';
import { currentUser } from '../auth/guard.ts';
import type { AppDeps, Ctx } from '../context.ts';
import { readJson } from '../errors.ts';
import { clientAddress, ifMatchRevision, intParam, param } from '../http.ts';
import { parseChanges, parseDoc } from '../services/doc-parse.ts';
import { getRevision, listRevisions, restoreRevision, saveRevision } from '../services/revisions.ts';

// The document itself is checked article by article (see doc-parse.ts), not here.
const saveEnvelope = z.union([
  saveDocumentRequestSchema.extend({ doc: z.unknown() }),
  saveDocumentChangesRequestSchema.extend({ changes: z.unknown() }),
]);

export function revisionRoutes({ db, config }: AppDeps) {
  return {
    async saveDocument(c: Ctx) {
      const baseRev = ifMatchRevision(c);
      const body = await readJson(c, saveEnvelope);
      const issueId = param(c, 'id');
      // A document of the wrong shape is as invalid as one that breaks the invariants: 422 either way.
      const doc = 'changes' in body ? parseChanges(body.changes, issueId) : parseDoc(body.doc, issueId);
      const { saveId } = body;
      const result = await saveRevision(db, {
        issueId,
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
