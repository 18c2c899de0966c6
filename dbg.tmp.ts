import fc from 'fast-check';
import { dropEmpty, tidyArticle } from './src/core/ops/tidy.ts';
import { entropyArb, randomDoc, textArb } from './src/core/ops/arbitraries.ts';
import { markUnassigned } from './src/core/ops/unassigned.ts';
import { linkContinuation } from './src/core/ops/links.ts';
import { SourceText } from './src/core/text.ts';
import { diffDocs } from './src/core/diff/index.ts';
const FIELD = /kicker|headline|byline|reporter/;
const which = process.argv[2];
const res = fc.check(
  fc.property(textArb, entropyArb, fc.nat(), fc.nat(), fc.nat(), (text, e, x, y, t) => {
    const src = new SourceText(text);
    const raw = randomDoc(e, src); const doc = { ...raw, articles: dropEmpty(raw.articles.map((a) => tidyArticle(a, src))) };
    let r;
    if (which === 'u') {
      const [a, b] = [x % (src.length + 1), y % (src.length + 1)].sort((m, n) => m - n);
      r = markUnassigned(doc, src, { start: a!, end: b! }, 'noise');
    } else {
      const n = Math.max(1, doc.articles.length);
      const from = doc.articles[x % n]; const to = doc.articles[t % n];
      if (!from || !to) return true;
      r = linkContinuation(doc, src, { articleId: from.id, partIndex: y % from.parts.length }, to.id);
    }
    if (!r.ok) return true;
    const d = diffDocs(doc, r.doc, src);
    const bad = d.changes.filter((c) => !FIELD.test(c.kind) && c.kind !== (which === 'u' ? 'text-unassigned' : 'continuation-linked'));
    if (bad.length) {
      console.log(JSON.stringify(text));
      const show = (dd: typeof doc) => dd.articles.map((a) => `${a.id}:${a.parts.map((p) => `[${p.start},${p.end})${p.link ? 'L' : ''}`).join(' ')}`).join(' | ') + ' U:' + dd.unassigned.map((u) => `[${u.start},${u.end})`).join(' ');
      console.log(show(doc)); console.log(show(r.doc));
      console.log(JSON.stringify(d.changes.filter((c) => !FIELD.test(c.kind))));
      return false;
    }
    return true;
  }), { numRuns: 2000 });
console.log(res.failed);
