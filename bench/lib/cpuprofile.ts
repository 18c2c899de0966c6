/**
 * V8 CPU profiles (the .cpuprofile format both `node --cpu-prof` and Chrome's Profiler domain write),
 * reduced to the functions that took the most self time: the part of a profile an owner reads first.
 */
import type { HotSpot } from './figures.ts';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; hitCount?: number }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Maps a (minified) frame to its original name and place; null keeps the frame as it is. */
export type FrameResolver = (frame: CallFrame) => { name: string; where: string } | null;

/** Not work the page or script did: the profiler's own bookkeeping and idle time. */
const IGNORED = new Set(['(idle)', '(root)', '(program)']);

function shortUrl(url: string): string {
  const clean = url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  const at = clean.search(/\/(src|node_modules|assets|bench)\//);
  return at >= 0 ? clean.slice(at + 1) : clean;
}

function describe(frame: CallFrame, resolve?: FrameResolver): { name: string; where: string } {
  const mapped = resolve?.(frame);
  if (mapped) return mapped;
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return { name, where: '' };
  return { name, where: `${shortUrl(frame.url)}:${frame.lineNumber + 1}` };
}

/** A stretch of a profile in its own clock (µs of the monotonic clock, like profile.startTime). */
export interface Window {
  fromUs: number;
  toUs: number;
}

/**
 * Self time per function, largest first. Sample i lasts until sample i+1 (timeDeltas[i+1], in µs);
 * frames that map to the same function and place are added together. With `window`, only samples
 * taken inside it count.
 */
export function hotFunctions(
  profile: CpuProfile,
  limit = 10,
  resolve?: FrameResolver,
  window?: Window,
): HotSpot[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length > 0) {
    let at = profile.startTime;
    samples.forEach((id, i) => {
      at += deltas[i] ?? 0;
      if (window && (at < window.fromUs || at > window.toUs)) return;
      selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));
    });
  } else {
    // Old-style profiles carry only hit counts: spread the duration evenly over them.
    const hits = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0) || 1;
    const per = (profile.endTime - profile.startTime) / hits;
    for (const n of profile.nodes) if (n.hitCount) selfUs.set(n.id, n.hitCount * per);
  }
  let total = 0;
  const grouped = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node || IGNORED.has(node.callFrame.functionName)) continue;
    total += us;
    const d = describe(node.callFrame, resolve);
    const key = `${d.name}\u0000${d.where}`;
    const entry = grouped.get(key) ?? { ...d, us: 0 };
    entry.us += us;
    grouped.set(key, entry);
  }
  return [...grouped.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((g) => ({
      name: g.name,
      where: g.where,
      amount: g.us / 1000,
      pct: total > 0 ? (100 * g.us) / total : 0,
    }));
}

/** Busy time of a profile (everything but idle), in ms; with `window`, inside it only. */
export function busyMs(profile: CpuProfile, window?: Window): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  let at = profile.startTime;
  (profile.samples ?? []).forEach((id, i) => {
    at += deltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    const fn = byId.get(id)?.callFrame.functionName ?? '';
    if (fn !== '(idle)') us += deltas[i + 1] ?? 0;
  });
  return us / 1000;
}

/** Now in the clock V8 profiles use (the monotonic clock, in µs), comparable across processes. */
export function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}
