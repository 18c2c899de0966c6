/** The printed table and bench/results.json. Pure formatting: nothing here measures anything. */
import { RATIO_BASELINE, SECTIONS } from './figures.ts';
import type { Figure, ProfileSummary, SectionName } from './figures.ts';

const TITLES: Record<SectionName, string> = {
  segment: 'Segmenter (Node)',
  export: 'Export and import (Node)',
  browser: 'Editor in Chromium',
  bundle: 'Bundle (gzipped)',
  server: 'Server under load (loopback)',
};

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 100 || Number.isInteger(v)) return Math.round(v).toLocaleString('en-US');
  if (a >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

function withUnit(v: number, unit: string): string {
  if (unit === '×') return `${formatNumber(v)}×`;
  return unit ? `${formatNumber(v)} ${unit}` : formatNumber(v);
}

/** '812 ms (790–850)', 'p95 45 ms (median 20, 6.00–60, n=20)', or 'n/a (reason)'. */
export function formatValue(f: Figure): string {
  if (f.value === null) return `n/a (${f.note ?? 'not measured'})`;
  const v = withUnit(f.value, f.unit);
  const s = f.stats;
  if (!s || s.n < 2) return f.stat === 'p95' ? `p95 ${v}` : v;
  if (f.stat === 'p95') {
    return `p95 ${v} (median ${formatNumber(s.median)}, ${formatNumber(s.min)}–${formatNumber(s.max)}, n=${s.n})`;
  }
  return `${v} (${formatNumber(s.min)}–${formatNumber(s.max)})`;
}

function formatBaseline(f: Figure): string {
  const b = f.baseline;
  if (!b) return '—';
  if (b.value === null) return 'n/a';
  const v = withUnit(b.value, f.unit);
  return b.stats && b.stats.n > 1 ? `${v} (${formatNumber(b.stats.min)}–${formatNumber(b.stats.max)})` : v;
}

function verdict(f: Figure): string {
  if (f.value === null) return 'n/a';
  if (f.pass === null) return '';
  return f.pass ? 'pass' : 'FAIL';
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function formatReport(
  figures: readonly Figure[],
  profiles: readonly ProfileSummary[],
  notes: readonly string[],
): string {
  const out: string[] = [];
  for (const section of SECTIONS) {
    const mine = figures.filter((f) => f.section === section);
    if (mine.length === 0) continue;
    out.push('', TITLES[section]);
    const rows = [['  figure', 'size', 'value', 'baseline', 'target', 'result']];
    for (const f of mine) {
      rows.push([
        `  ${f.name}`,
        f.size || '—',
        formatValue(f),
        formatBaseline(f),
        f.target?.text ?? '—',
        verdict(f),
      ]);
    }
    out.push(...table(rows));
    const byLabel = new Map<string, Set<string>>();
    for (const f of mine) {
      if (!f.baseline || f.baseline.label === RATIO_BASELINE) continue;
      byLabel.set(f.baseline.label, (byLabel.get(f.baseline.label) ?? new Set()).add(f.name));
    }
    if (byLabel.size === 1) out.push(`  baseline: ${[...byLabel.keys()][0]}`);
    else for (const [label, names] of byLabel) out.push(`  baseline of ${[...names].join(', ')}: ${label}`);
    for (const f of mine)
      if (f.note && f.value !== null) out.push(`  note ${f.name}${f.size ? ` ${f.size}` : ''}: ${f.note}`);
  }
  const failed = figures.filter((f) => f.pass === false);
  const passed = figures.filter((f) => f.pass === true);
  const na = figures.filter((f) => f.value === null);
  out.push('', `Targets: ${passed.length} met, ${failed.length} missed, ${na.length} n/a.`);
  if (failed.length)
    out.push(`Missed: ${failed.map((f) => `${f.name}${f.size ? ` ${f.size}` : ''}`).join('; ')}`);
  for (const p of profiles) {
    const what = p.unit === 'ms' ? 'ms busy' : 'KB';
    out.push('', `Profile: ${p.subject}, ${formatNumber(p.total)} ${what}${p.file ? ` (${p.file})` : ''}`);
    const head = p.unit === 'ms' ? ['  self ms', 'self %', 'function', 'where'] : ['  KB', '%', 'source', ''];
    out.push(
      ...table([
        head,
        ...p.top.map((h) => [`  ${formatNumber(h.amount)}`, `${h.pct.toFixed(1)}%`, h.name, h.where]),
      ]),
    );
  }
  if (notes.length) out.push('', ...notes.map((n) => `Note: ${n}`));
  return out.join('\n');
}
