import { ROLES } from '../model.ts';
import type { Doc, Role, RoleSpan, Span } from '../model.ts';
import type { SourceText } from '../text.ts';
import { fail, ok } from './result.ts';
import type { OpResult } from './result.ts';
import { intersect, isRange, splitLines, subtract } from './spans.ts';
import { dropEmpty, tidyArticle } from './tidy.ts';

/**
 * Give the characters of `range` that lie in articles the role `role`, splitting the role spans
 * around it. The range may run over several articles; text outside articles is left alone.
 */
export function setRole(doc: Doc, src: SourceText, range: Span, role: Role): OpResult {
  if (!isRange(src, range)) return fail('invalid-range', 'The range is empty or outside the text.');
  if (!(ROLES as readonly unknown[]).includes(role))
    return fail('invalid-value', `Unknown role ${String(role)}.`);
  const r = { start: range.start, end: range.end };
  let touched = false;
  const articles = doc.articles.map((a) => {
    const added: RoleSpan[] = [];
    for (const p of a.parts) {
      const x = intersect(p, r);
      if (x) for (const line of splitLines(src, x)) added.push({ ...line, role });
    }
    if (added.length === 0) return a;
    touched = true;
    return tidyArticle({ ...a, roles: [...a.roles.flatMap((s) => subtract(s, r)), ...added] }, src);
  });
  if (!touched) return fail('not-in-article', 'The range holds no article text.');
  return ok({ ...doc, articles: dropEmpty(articles) });
}
