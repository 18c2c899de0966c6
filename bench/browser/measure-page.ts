/**
 * One page (the editor or the <pre> baseline) at one size: loads, DOM size, heap, the editing
 * gestures, scrolling and long tasks. Returns raw samples; sections/browser.ts turns them into figures.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { ProfileSummary } from '../lib/figures.ts';
import { startProfile, stopProfile } from './chrome-profile.ts';
import {
  handleAt,
  handlesOnLine,
  markHeadline,
  planDrag,
  planSplit,
  boundaryDrawnOn,
  rowTop,
} from './editor-page.ts';
import type { GestureSample } from './gestures.ts';
import { drag, longTasksBetween, pageNow, press, scrollFrames, typeInto } from './gestures.ts';
import { installProbe, NAME_SHIM } from './probe.ts';
import type { BenchProbe } from './probe.ts';

export type Samples = GestureSample[] | { unavailable: string };

export interface PageRun {
  load: number[];
  dom: number[];
  heapMB: number[];
  domAfterScroll: number | null;
  drag: Samples;
  split: Samples;
  merge: Samples;
  typing: Samples;
  frames: number[];
  /** How far down the last scroll pass got (1 = the end). */
  reached: number;
  longTasks: { count: number; total: number };
  profiles: ProfileSummary[];
}

export interface PageSpec {
  kind: 'editor' | 'pre';
  url: string;
  ready: string[];
  scroller: string;
  loads: number;
  gestures: number;
  typed: string;
  scrollPasses: number;
  /** CPU-profile one more load, and one more round of gestures, with these names (null: do not). */
  profileAs: string | null;
}

type Win = Window & { __bench: BenchProbe };

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024;
}

async function loadOnce(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit', timeout: 180_000 });
  const ready = await page.waitForFunction(() => (window as unknown as Win).__bench?.ready, null, {
    timeout: 180_000,
    polling: 50,
  });
  return ((await ready.jsonValue()) as { handledAt: number }).handledAt;
}

const domSize = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

async function editorDrags(page: Page, n: number): Promise<Samples> {
  const plan = await planDrag(page);
  if (!plan) return { unavailable: 'no boundary handle with room to move in view' };
  const samples: GestureSample[] = [];
  for (let i = 0; i < n; i++) {
    // Down two lines, then back: the document ends as it began.
    const back = i % 2 === 1;
    const now = await handleAt(page, plan.id);
    const toLine = back ? plan.line : plan.targetLine;
    const toY = await rowTop(page, toLine);
    if (!now || toY === null) return { unavailable: 'the dragged boundary scrolled out of view' };
    samples.push(await drag(page, now, { x: now.x, y: toY }, boundaryDrawnOn, { id: plan.id, line: toLine }));
    await page.waitForTimeout(150);
  }
  return samples;
}

async function editorSplitMerge(page: Page, n: number): Promise<{ split: Samples; merge: Samples }> {
  const split: GestureSample[] = [];
  const merge: GestureSample[] = [];
  for (let i = 0; i < n; i++) {
    const plan = await planSplit(page);
    if (!plan)
      return { split: { unavailable: 'no body line in view' }, merge: { unavailable: 'no split to merge' } };
    await page.mouse.click(plan.x, plan.y);
    split.push(await press(page, 's', handlesOnLine, { line: plan.line, count: 1 }));
    await page.waitForTimeout(100);
    merge.push(await press(page, 'm', handlesOnLine, { line: plan.line, count: 0 }));
    await page.waitForTimeout(100);
  }
  return { split, merge };
}

async function preDrags(page: Page, n: number): Promise<Samples> {
  const samples: GestureSample[] = [];
  for (let i = 0; i < n; i++) {
    const box = await page.locator('#box').boundingBox();
    if (!box) return { unavailable: 'no #box' };
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const drops = String(i + 1);
    samples.push(
      await drag(
        page,
        from,
        { x: from.x, y: from.y + 60 },
        (d) => document.getElementById('box')?.dataset.drops === d,
        drops,
      ),
    );
  }
  return samples;
}

async function preKeys(page: Page, n: number): Promise<{ split: Samples; merge: Samples }> {
  await page.locator('#scroller').focus();
  const split: GestureSample[] = [];
  const merge: GestureSample[] = [];
  const marked = (k: string) => document.getElementById('marker')?.dataset.n === k;
  for (let i = 0; i < n; i++) {
    split.push(await press(page, 's', marked, String(2 * i + 1)));
    merge.push(await press(page, 'm', marked, String(2 * i + 2)));
  }
  return { split, merge };
}

async function typing(page: Page, spec: PageSpec): Promise<Samples> {
  if (spec.kind === 'editor') {
    if (!(await markHeadline(page))) return { unavailable: 'no headline field in view' };
  } else {
    await page.locator('#headline').evaluate((el) => el.setAttribute('data-bench-typing', ''));
    await page.locator('#headline').click();
  }
  return typeInto(page, '[data-bench-typing]', spec.typed);
}

async function gestures(page: Page, spec: PageSpec, n: number) {
  const d = spec.kind === 'editor' ? await editorDrags(page, n) : await preDrags(page, n);
  const sm = spec.kind === 'editor' ? await editorSplitMerge(page, n) : await preKeys(page, n);
  const t = await typing(page, spec);
  return { drag: d, split: sm.split, merge: sm.merge, typing: t };
}

export async function measurePage(context: BrowserContext, spec: PageSpec): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installProbe, spec.ready);
  const cdp = await context.newCDPSession(page);
  const profiles: ProfileSummary[] = [];
  try {
    const load: number[] = [];
    const dom: number[] = [];
    const heap: number[] = [];
    await loadOnce(page, spec.url); // warm-up: the HTTP cache and the server's first read
    for (let i = 0; i < spec.loads; i++) {
      load.push(await loadOnce(page, spec.url));
      await page.waitForTimeout(500);
      dom.push(await domSize(page));
      heap.push(await heapMB(cdp));
    }
    if (spec.profileAs) {
      await startProfile(cdp);
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(() => (window as unknown as Win).__bench?.ready, null, { timeout: 180_000 });
      profiles.push(await stopProfile(cdp, `${spec.profileAs} load`));
      await page.waitForTimeout(500);
    }
    const t0 = await pageNow(page);
    const g = await gestures(page, spec, spec.gestures);
    const t1 = await pageNow(page);
    const longTasks = await longTasksBetween(page, t0, t1);
    if (spec.profileAs) {
      await startProfile(cdp);
      await gestures(page, { ...spec, typed: spec.typed.slice(0, 5) }, 2);
      profiles.push(await stopProfile(cdp, `${spec.profileAs} editing (2 drags, 2 splits + merges, 5 keys)`));
    }
    const frames: number[] = [];
    let reached = 0;
    for (let i = 0; i < spec.scrollPasses; i++) {
      const pass = await scrollFrames(page, spec.scroller, 40);
      frames.push(...pass.intervals);
      reached = pass.reached;
    }
    const domAfterScroll = await domSize(page);
    return { load, dom, heapMB: heap, domAfterScroll, ...g, frames, reached, longTasks, profiles };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
