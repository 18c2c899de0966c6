import fc from 'fast-check';
import { dropEmpty, tidyArticle } from './src/core/ops/tidy.ts';
import { entropyArb, randomDoc, textArb } from './src/core/ops/arbitraries.ts';
import { moveBoundary } from './src/core/ops/boundary.ts';
import { unlink } from './src/core/ops/links.ts';
import { reorderArticles } from './src/core/ops/order.ts';
import { assignRange } from './src/core/ops/unassigned.ts';
import { SourceText } from './src/core/text.ts';
import { diffDocs } from './src/core/diff/index.ts';
const FIELD = /kicker|headline|byline|reporter/;
const which = process.argv[2];
const allowed: Record<string, string[]> = { m: ['boundary-moved', 'text-unassigned', 'text-assigned', 'merge'], un: ['continuation-unlinked'], o: ['article-moved'], a: ['text-assigned', 'boundary-moved', 'text-moved', 'continuation-linked'] };
let shown = 0;
const res = fc.check(
  fc.property(textArb, entropyArb, fc.nat(), fc.nat(), fc.nat(), (text, e, x, y, t) => {
    const src = new SourceText(text);
    const raw = randomDoc(e, src); const doc = { ...raw, articles: dropEmpty(raw.articles.map((a) => tidyArticle(a, src))) };
    const n = Math.max(1, doc.articles.length);
    const art = doc.articles[x % n];
    if (!art) return true;
    let r;
    if (which === 'm') r = moveBoundary(doc, src, art.id, y % (src.length + 1));
    else if (which === 'un') r = unlink(doc, src, art.id, y % art.parts.length);
    else if (which === 'o') r = reorderArticles(doc, x % n, y % n);
    else { const [a, b] = [y % (src.length + 1), t % (src.length + 1)].sort((m, k) => m - k); r = assignRange(doc, src, { start: a!, end: b! }, art.id); }
    if (!r.ok) return true;
    const d = diffDocs(doc, r.doc, src);
    const bad = d.changes.filter((c) => !FIELD.test(c.kind) && !allowed[which!]!.includes(c.kind));
    if (bad.length && shown++ < 3) {
      console.log(JSON.stringify(text), x, y, t);
      const show = (dd: typeof doc) => dd.articles.map((a) => `${a.id}:${a.parts.map((p) => `[${p.start},${p.end})${p.link ? 'L' : ''}`).join(' ')}`).join(' | ') + ' U:' + dd.unassigned.map((u) => `[${u.start},${u.end})`).join(' ');
      console.log(show(doc)); console.log(show(r.doc));
      console.log(JSON.stringify(d.changes.filter((c) => !FIELD.test(c.kind)).map((c) => [c.kind, c.proposalIds, c.resultIds, c.at.start, c.at.end])));
    }
    return true;
  }), { numRuns: 3000 });
