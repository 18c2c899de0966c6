/* eslint-disable no-restricted-imports -- a development script run with tsx, never bundled */
/**
 * Prints each layout line with the features and role the segmenter gave it, to see why a boundary
 * fell where it did:  npx tsx src/core/segment/dev-lines.ts RAW.txt
 */
import { readFileSync } from 'node:fs';
import { assemble } from './boundaries.ts';
import { applyBlockContext } from './blocks.ts';
import { documentLang, lineFeatures } from './features.ts';
import { layoutLines } from './index.ts';

const raw = process.argv[2];
if (!raw) {
  console.error('usage: dev-lines.ts RAW.txt');
  process.exit(2);
}
const text = readFileSync(raw, 'utf8')
  .replace(/^\uFEFF/, '')
  .replace(/\r\n?/g, '\n');
const lang = documentLang(text);
const lines = layoutLines(text);
const feats = lines.map((l) => lineFeatures(l, lang));
applyBlockContext(lines, feats, lang);
const layout = assemble(lines, feats, lang);
const draftOf = new Map<number, number>();
layout.drafts.forEach((d, k) => d.lines.forEach((i) => draftOf.set(i, k)));
lines.forEach((l, i) => {
  const f = feats[i];
  if (!f) return;
  const flags = [
    f.prose ? 'P' : 'h',
    f.strong ? 'S' : '',
    f.titleable ? 'T' : '',
    f.complete ? 'C' : '',
    f.caps ? 'K' : '',
    f.name ? 'N' : '',
    f.byline ? `B:${f.byline.kind}/${f.byline.len}` : '',
    f.furniture ? `F:${f.furniture}` : '',
    f.jump ? `J:${f.jump}` : '',
    f.mark ? 'M' : '',
  ].join('');
  const d = draftOf.get(i);
  console.log(
    `${String(i).padStart(3)} g${l.gap} ${(layout.role[i] ?? '').padEnd(9)} d${d ?? '-'} ${flags.padEnd(12)} ${l.text.slice(0, 60)}`,
  );
});
// Drafts before continuations are linked: what pairing has to work with.
layout.drafts.forEach((d, k) => {
  const out = d.jumpOut ? ` out→${d.jumpOut.page}` : '';
  const inn = d.jumpIn ? ` in←${d.jumpIn.page}` : '';
  console.log(
    `d${k} ${d.kind} page=${d.page}${out}${inn} lines ${d.lines[0]}..${d.lines[d.lines.length - 1]}`,
  );
});
