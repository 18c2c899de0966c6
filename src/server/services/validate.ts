/** The server-side check of a saved document against its source text: the core's invariants. */
import { checkInvariants } from '../../core/invariants.ts';
import type { Doc } from '../../core/model.ts';
import type { SourceText } from '../../core/text.ts';

/** Readable problems; empty when the document is valid. */
export function validateDoc(doc: Doc, src: SourceText): string[] {
  return checkInvariants(doc, src);
}
