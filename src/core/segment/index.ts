import type { Article, LinkSuggestion, Part, Proposal, RoleSpan, UnassignedRange } from '../model.ts';
import { SourceText } from '../text.ts';
import type { Draft } from './boundaries.ts';
import { assemble } from './boundaries.ts';
import { applyBlockContext } from './blocks.ts';
import { linkContinuations } from './continuations.ts';
import type { Features } from './features.ts';
import { documentLang, lineFeatures } from './features.ts';
import type { Line } from './lines.ts';
import { physicalLines } from './lines.ts';
import { isPdfLine, splitPdfLine } from './pdf.ts';
import type { UnitSpan } from './roles.ts';
import { articleSpans } from './roles.ts';

function toCodePoints(src: SourceText, span: { start: number; end: number }): void {
  span.start = src.cp(span.start);
  span.end = src.cp(span.end);
}

/** Physical lines, with flattened PDF pages cut into pseudo-lines. */
export function layoutLines(text: string): Line[] {
  const out: Line[] = [];
  for (const line of physicalLines(text)) {
    if (isPdfLine(text, line.start, line.end)) for (const piece of splitPdfLine(text, line)) out.push(piece);
    else out.push(line);
  }
  return out;
}

/**
 * The automatic segmenter. Pure and deterministic; `text` is the normalised source (LF only, no
 * BOM). Lines are classified by shape (length, end punctuation, byline/dateline/marker patterns),
 * grouped into articles at scored boundaries, and continued articles are linked to the fragments
 * that carry on their text. Linear in the length of the text.
 */
export function segment(text: string): Proposal {
  // Offsets are code units until the end; code points differ only when astral characters occur.
  const src = /[\uD800-\uDBFF]/.test(text) ? new SourceText(text) : null;
  const lang = documentLang(text);
  const lines = layoutLines(text);
  const feats: Features[] = lines.map((l) => lineFeatures(l, lang));
  applyBlockContext(lines, feats, lang);
  const layout = assemble(lines, feats, lang);
  const drafts = layout.drafts;
  const links = linkContinuations(drafts, { lines, feats, role: layout.role, lang, pages: layout.pages });

  // Articles: each head draft with the fragments linked to it, in link order.
  const partsOf = new Map<Draft, Draft[]>();
  const linkOf = new Map<Draft, { confidence: number; cues: string[] }>();
  const isPart = new Set<Draft>();
  for (const l of links.applied) {
    const list = partsOf.get(l.from) ?? [l.from];
    list.push(l.fragment);
    partsOf.set(l.from, list);
    linkOf.set(l.fragment, { confidence: l.confidence, cues: l.cues });
    isPart.add(l.fragment);
  }

  const unassigned: UnitSpan[] = [];
  layout.role.forEach((r, i) => {
    if (r === 'furniture' || r === 'jump') {
      const line = lines[i] as Line;
      unassigned.push({ start: line.start, end: line.end, label: layout.label[i] ?? null });
    }
  });

  const ctx = { text, lines, feats, role: layout.role, lang };
  const built: { head: Draft; parts: Part[]; roles: RoleSpan[] }[] = [];
  for (const d of drafts) {
    if (isPart.has(d) || d.lines.length === 0) continue;
    const group = partsOf.get(d) ?? [d];
    const spans = articleSpans(ctx, group, unassigned);
    const parts: Part[] = [];
    spans.parts.forEach((p, k) => {
      if (!p) return;
      const link = linkOf.get(group[k] as Draft);
      parts.push(link && parts.length > 0 ? { ...p, link } : { ...p });
    });
    if (parts.length === 0) continue;
    built.push({ head: d, parts, roles: spans.roles });
  }
  built.sort((a, b) => (a.parts[0] as Part).start - (b.parts[0] as Part).start);

  const ids = new Map<Draft, string>();
  const articles: Article[] = built.map((b, k) => {
    const id = `a${k + 1}`;
    ids.set(b.head, id);
    if (src) {
      for (const p of b.parts) toCodePoints(src, p);
      for (const r of b.roles) toCodePoints(src, r);
    }
    return {
      id,
      parts: b.parts,
      roles: b.roles,
      boundary: { confidence: b.head.confidence, cues: b.head.cues, confirmed: false },
      fields: {},
    };
  });
  const ranges: UnassignedRange[] = unassigned;
  if (src) for (const u of ranges) toCodePoints(src, u);
  ranges.sort((a, b) => a.start - b.start);

  const suggestions: LinkSuggestion[] = [];
  for (const s of links.suggested) {
    const articleId = ids.get(s.from);
    const fragmentId = ids.get(s.fragment);
    if (articleId && fragmentId)
      suggestions.push({ articleId, fragmentId, confidence: s.confidence, cues: s.cues });
  }
  return { doc: { articles, unassigned: ranges }, suggestions };
}
