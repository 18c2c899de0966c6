import type { z } from 'zod';
import { sha256Hex } from '../hash.ts';
import { checkInvariants, checkStructure } from '../invariants.ts';
import { SourceText } from '../text.ts';
import { compileAccepts } from './accepts.ts';
import { fromExport } from './from-export.ts';
import { exportSchema } from './schema.ts';
import type { GalleyExport } from './schema.ts';

export type ExportCheck = { ok: true; value: GalleyExport } | { ok: false; errors: string[] };

function formatIssue(issue: z.core.$ZodIssue): string {
  let path = '';
  for (const key of issue.path)
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  return `${path || '(root)'}: ${issue.message}`;
}

const accepts = compileAccepts(exportSchema);

/** Check the shape of an export (an object, or its JSON text). */
export function parseExport(input: unknown): ExportCheck {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      return { ok: false, errors: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
    }
    // Freshly parsed text belongs to no one else, so when zod would return an equal copy of it
    // (see accepts.ts) it can be the value itself. An object passed in still gets zod's copy.
    if (accepts?.(json)) return { ok: true, value: json as GalleyExport };
  }
  const r = exportSchema.safeParse(json);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: r.error.issues.map(formatIssue) };
}

/**
 * Check an export completely: its shape, then the document invariants (spans inside the text, no
 * overlaps, ids unique, roles inside their spans). Given the source text (normalised), also its
 * sha256 and length, that no character is lost, and that every unassigned `text` is the source slice.
 */
export async function validateExport(input: unknown, source?: SourceText | string): Promise<ExportCheck> {
  const parsed = parseExport(input);
  if (!parsed.ok) return parsed;
  const e = parsed.value;
  if (source === undefined) {
    const errors = checkStructure(fromExport(e), e.issue.source.length);
    return errors.length ? { ok: false, errors } : parsed;
  }
  const src = typeof source === 'string' ? new SourceText(source) : source;
  const errors: string[] = [];
  const sha = await sha256Hex(src.text);
  if (sha !== e.issue.source.sha256) {
    errors.push(`issue.source.sha256 is ${e.issue.source.sha256} but the source text hashes to ${sha}`);
  }
  if (e.issue.source.length !== src.length) {
    errors.push(
      `issue.source.length is ${e.issue.source.length} but the source text has ${src.length} code points`,
    );
  }
  e.unassigned.forEach((u, i) => {
    if (u.start < u.end && u.end <= src.length && u.text !== src.slice(u.start, u.end)) {
      errors.push(`unassigned[${i}].text differs from the source text at line ${src.lineOf(u.start) + 1}`);
    }
  });
  errors.push(...checkInvariants(fromExport(e, src), src));
  return errors.length ? { ok: false, errors } : parsed;
}
