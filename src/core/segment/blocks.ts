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
      for (let k = a; k <= b; k++) {
        const f = feats[k] as Features;
        if (ad && !f.prose && !f.furniture) f.furniture = 'ad';
        else if (prose && lang === 'en' && !f.furniture && !f.jump && !f.byline) {
          f.prose = true;
          f.strong = false;
          f.titleable = false;
        }
      }
    }
    a = b + 1;
  }
}
