import type { Features, Lang } from './features.ts';
import type { Line } from './lines.ts';

/** Whether blank lines separate blocks in this text (layout a, English OCR) or never appear (b). */
export function usesBlankLines(lines: Line[]): boolean {
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if ((lines[i] as Line).gap > 0) gaps++;
  return lines.length > 1 && gaps * 4 >= lines.length - 1;
}

/**
 * Where blank lines separate blocks, a block is read as a whole: an English paragraph whose first
 * line happens to be Title Case (`Three mills of the Jones & Laughlin Steel`) is still prose, and
 * every line of an advertisement block is advertisement.
 */
export function applyBlockContext(lines: Line[], feats: Features[], lang: Lang): void {
  if (!usesBlankLines(lines)) return;
  let a = 0;
  while (a < lines.length) {
    let b = a;
    while (b + 1 < lines.length && (lines[b + 1] as Line).gap === 0 && !(lines[b + 1] as Line).piece) b++;
    // A classified ad standing as its own block (`WANTED—Girl for housework. Call Main 1234.`).
    const own = feats[a] as Features;
    if (b === a && own.ad && !own.furniture && !own.byline) own.furniture = 'ad';
    if (b > a) {
      let prose = false;
      let ad = false;
      for (let k = a; k <= b; k++) {
        const f = feats[k] as Features;
        if (f.prose) prose = true;
        if (f.ad) ad = true;
      }
      const keep = lang === 'en' && prose ? headedBlock(feats, a, b) : a - 1;
      for (let k = a; k <= b; k++) {
        const f = feats[k] as Features;
        if (ad && !f.prose && !f.furniture) f.furniture = 'ad';
        else if (k > keep && prose && lang === 'en' && !f.furniture && !f.jump && !f.byline) {
          f.prose = true;
          f.strong = false;
          f.titleable = false;
        }
      }
    }
    a = b + 1;
  }
}

/**
 * The last line of a headline deck at the top of an English block, or `a - 1` when the block has
 * none. Papers printed one paragraph per line often set headline, byline and text with no blank
 * line between them: the deck is there when it has a line in capitals or a byline or dateline
 * follows it. A lone Title Case line over prose is the first line of a wrapped paragraph.
 */
function headedBlock(feats: Features[], a: number, b: number): number {
  let k = a;
  let caps = false;
  while (k <= b && !(feats[k] as Features).prose && !(feats[k] as Features).byline) {
    if ((feats[k] as Features).caps) caps = true;
    k++;
  }
  if (k === a) return a - 1;
  const next = k <= b ? (feats[k] as Features) : null;
  const signed = next !== null && (next.byline !== null || next.dateline > 0);
  return caps || signed ? k - 1 : a - 1;
}
