/**
 * A TypeScript port of ../shared/tools/score.py (the reference scorer), pure. Same figures: exact
 * articles compare sets of non-space characters, titles/reporters/paragraphs compare with all
 * whitespace removed, B-cubed F1 over non-space characters with every unassigned piece in one
 * cluster, and `lost_chars` counts non-space characters no predicted span covers.
 */
import { isSpace } from './text.ts';

export interface ScoreResult {
  file: string;
  gold_articles: number;
  predicted_articles: number;
  exact: number;
  title: number;
  reporters: number;
  reporters_total: number;
  paragraphs: number;
  paragraphs_total: number;
  b3: number;
  lost_chars: number;
}

type GoldPart =
  { lines: [number, number] } | { from: [number, number]; to: [number, number] } | { text: string };

interface GoldArticle {
  parts: GoldPart[];
  title: string[];
  reporters?: string[] | null;
  paragraphs?: string[] | null;
}

interface PredArticle {
  spans?: { start: number; end: number }[];
  kicker?: string | null;
  headline?: string | null;
  subheadlines?: string[] | null;
  reporters?: { name?: string | null }[] | null;
  paragraphs?: string[] | null;
}

interface Pred {
  articles?: PredArticle[];
  unassigned?: { start: number; end: number }[];
}

interface Gold {
  articles: GoldArticle[];
  unassigned?: GoldPart[];
}

function squash(s: string | null | undefined): string {
  if (!s) return '';
  let out = '';
  for (const ch of s) if (!isSpace(ch)) out += ch;
  return out;
}

function lineStarts(cps: string[]): number[] {
  const starts = [0];
  for (let i = 0; i < cps.length; i++) if (cps[i] === '\n') starts.push(i + 1);
  return starts;
}

function at(a: number[], i: number): number {
  const v = a[i];
  if (v === undefined) throw new Error(`line ${i} out of range`);
  return v;
}

function partRange(text: string, cps: string[], starts: number[], part: GoldPart): [number, number] {
  if ('lines' in part) {
    const [a, b] = part.lines;
    const end = b + 1 < starts.length ? at(starts, b + 1) - 1 : cps.length;
    return [at(starts, a), end];
  }
  if ('from' in part) {
    const [l1, c1] = part.from;
    const [l2, c2] = part.to;
    return [at(starts, l1) + c1, at(starts, l2) + c2];
  }
  const s = part.text;
  const i = text.indexOf(s);
  if (i < 0 || text.indexOf(s, i + 1) >= 0)
    throw new Error(`gold text part not found exactly once: ${s.slice(0, 30)}`);
  // Code-unit index → code-point index.
  const cpStart = Array.from(text.slice(0, i)).length;
  return [cpStart, cpStart + Array.from(s).length];
}

/** Pads/truncates by code points like Python's `s[:24]:<24`. */
function pad24(s: string): string {
  const cps = Array.from(s).slice(0, 24);
  while (cps.length < 24) cps.push(' ');
  return cps.join('');
}

/** `gold` is a parsed gold file; `prediction` a parsed export (or anything with articles[].spans). */
export function score(
  text: string,
  gold: unknown,
  prediction: unknown,
  file = '',
): { result: ScoreResult; details: string[] } {
  const g = gold as Gold;
  const pred = prediction as Pred;
  const cps = Array.from(text);
  const n = cps.length;
  const starts = lineStarts(cps);

  // Labels: gold article k → k; gold unassigned → -1; none → -2. Predicted: article k → k, else -1.
  const glab = new Int32Array(n).fill(-2);
  g.articles.forEach((a, k) => {
    for (const p of a.parts) {
      const [s, e] = partRange(text, cps, starts, p);
      for (let i = s; i < e; i++) {
        if (glab[i] !== -2 && !isSpace(cps[i] as string)) throw new Error(`gold overlap at ${i}`);
        glab[i] = k;
      }
    }
  });
  for (const p of g.unassigned ?? []) {
    const [s, e] = partRange(text, cps, starts, p);
    for (let i = s; i < e; i++) glab[i] = -1;
  }
  const plab = new Int32Array(n).fill(-2);
  (pred.articles ?? []).forEach((a, k) => {
    for (const sp of a.spans ?? []) {
      for (let i = Math.max(0, sp.start); i < Math.min(n, sp.end); i++) plab[i] = k;
    }
  });
  for (const sp of pred.unassigned ?? []) {
    for (let i = Math.max(0, sp.start); i < Math.min(n, sp.end); i++) if (plab[i] === -2) plab[i] = -1;
  }

  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (!isSpace(cps[i] as string)) idx.push(i);
  let missing = 0;
  let lost = 0;
  for (const i of idx) {
    if (glab[i] === -2) missing++;
    if (plab[i] === -2) lost++;
  }
  if (missing) throw new Error(`gold leaves ${missing} non-space chars unaccounted`);

  // B-cubed: cluster keys, with 'none' and unassigned merged.
  const key = (l: number): number => (l < 0 ? -1 : l);
  const gc = new Map<number, number>();
  const pc = new Map<number, number>();
  const both = new Map<string, { g: number; p: number; n: number }>();
  for (const i of idx) {
    const gk = key(glab[i] as number);
    const pk = key(plab[i] as number);
    gc.set(gk, (gc.get(gk) ?? 0) + 1);
    pc.set(pk, (pc.get(pk) ?? 0) + 1);
    const bk = `${gk},${pk}`;
    const cell = both.get(bk);
    if (cell) cell.n++;
    else both.set(bk, { g: gk, p: pk, n: 1 });
  }
  let prec = 0;
  let rec = 0;
  for (const { g: gk, p: pk, n: c } of both.values()) {
    prec += (c * c) / (pc.get(pk) as number);
    rec += (c * c) / (gc.get(gk) as number);
  }
  prec /= idx.length || 1;
  rec /= idx.length || 1;
  const b3 = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;

  // Exact: the gold article's non-space characters all carry one predicted article label, and
  // that predicted article has no other non-space characters.
  const gCount = new Map<number, number>();
  const gPred = new Map<number, number | null>();
  const pCount = new Map<number, number>();
  for (const i of idx) {
    const gl = glab[i] as number;
    const pl = plab[i] as number;
    if (pl >= 0) pCount.set(pl, (pCount.get(pl) ?? 0) + 1);
    if (gl < 0) continue;
    gCount.set(gl, (gCount.get(gl) ?? 0) + 1);
    const prev = gPred.get(gl);
    const mine = pl >= 0 ? pl : null;
    if (prev === undefined) gPred.set(gl, mine);
    else if (prev !== mine) gPred.set(gl, null);
  }

  let exact = 0;
  let titleOk = 0;
  let repOk = 0;
  let repTotal = 0;
  let paraOk = 0;
  let paraTotal = 0;
  const details: string[] = [];
  g.articles.forEach((a, k) => {
    const pk = gPred.get(k);
    const ok = pk !== undefined && pk !== null && pCount.get(pk) === gCount.get(k);
    if (ok) exact++;
    let line = `  gold ${String(k + 1).padStart(2)} ${pad24(squash(a.title.join('')))} exact=${ok ? 'Y' : 'n'}`;
    const hasRep = a.reporters !== undefined && a.reporters !== null;
    const hasPara = a.paragraphs !== undefined && a.paragraphs !== null;
    if (ok) {
      const pa = (pred.articles ?? [])[pk] as PredArticle;
      const ptitle = squash((pa.kicker || '') + (pa.headline || '') + (pa.subheadlines || []).join(''));
      const t = ptitle === squash(a.title.join(''));
      if (t) titleOk++;
      line += ` title=${t ? 'Y' : 'n'}`;
      if (hasRep) {
        repTotal++;
        const names = new Set((pa.reporters || []).map((r) => squash(r.name)));
        const want = new Set((a.reporters ?? []).map((x) => squash(x)));
        const r = names.size === want.size && [...names].every((x) => want.has(x));
        if (r) repOk++;
        line += ` reporters=${r ? 'Y' : 'n'}`;
      }
      if (hasPara) {
        paraTotal++;
        const pp = (pa.paragraphs || []).map((x) => squash(x));
        const gp = (a.paragraphs ?? []).map((x) => squash(x));
        const q = pp.length === gp.length && pp.every((x, i) => x === gp[i]);
        if (q) paraOk++;
        line += ` paragraphs=${q ? 'Y' : 'n'}`;
      }
    } else {
      if (hasRep) repTotal++;
      if (hasPara) paraTotal++;
    }
    details.push(line);
  });

  const result: ScoreResult = {
    file: file.split('/').pop() ?? '',
    gold_articles: g.articles.length,
    predicted_articles: (pred.articles ?? []).length,
    exact,
    title: titleOk,
    reporters: repOk,
    reporters_total: repTotal,
    paragraphs: paraOk,
    paragraphs_total: paraTotal,
    b3: Math.round(b3 * 1e4) / 1e4,
    lost_chars: lost,
  };
  return { result, details };
}
