/**
 * Timed gestures, the same for the editor and the baseline page: each waits for the paint that shows
 * its effect (a page-side check) and reads the gesture's Event Timing entry.
 */
import type { Page } from '@playwright/test';
import type { BenchProbe, EventEntry, WatchResult } from './probe.ts';

type Win = Window & { __bench: BenchProbe };

/** Event Timing reports only events of 16 ms or more; a gesture without an entry took less. */
export const EVENT_TIMING_FLOOR = 16;
const WAIT_MS = 10_000;

export interface GestureSample {
  /** Event → the paint that shows the effect; null when the effect never showed. */
  toPaint: number | null;
  /** Event Timing duration of the gesture's event, or null below the 16 ms threshold. */
  eventTiming: number | null;
}

async function result(page: Page): Promise<WatchResult> {
  const handle = await page.waitForFunction(() => (window as unknown as Win).__bench.watchResult, null, {
    timeout: WAIT_MS + 5000,
    polling: 20,
  });
  return (await handle.jsonValue()) as WatchResult;
}

/**
 * The longest Event Timing entry among `names` dispatched at `eventStart`; with `wholeInteraction`
 * also the other events of its interaction (a key press is keydown, keypress, input and keyup).
 */
async function eventTiming(
  page: Page,
  eventStart: number,
  names: string[],
  wholeInteraction: boolean,
): Promise<number | null> {
  // Entries are delivered to observers a little after the paint.
  await page.waitForTimeout(60);
  const events = (await page.evaluate(() => (window as unknown as Win).__bench.events)) as EventEntry[];
  const mine = events.filter((e) => names.includes(e.name) && Math.abs(e.start - eventStart) < 1);
  const ids = new Set(mine.map((e) => e.interactionId).filter((id) => id > 0 && wholeInteraction));
  const all = events.filter((e) => ids.has(e.interactionId) || mine.includes(e));
  return all.length ? Math.max(...all.map((e) => e.duration)) : null;
}

/**
 * Arms the page-side watcher: `check(arg)` says the gesture's effect is on screen. Sent as source
 * text because the check must outlive this call, and the app's CSP forbids `new Function` in the page.
 */
export async function arm<A>(
  page: Page,
  eventType: string,
  check: (arg: A) => boolean,
  arg: A,
): Promise<void> {
  const call = `(${check.toString()})(${JSON.stringify(arg)})`;
  await page.evaluate(`window.__bench.watch(${JSON.stringify(eventType)}, () => ${call}, ${WAIT_MS})`);
}

/** Mouse down at `from`, ten moves to `to`, up; timed from the pointerup. */
export async function drag<A>(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  check: (arg: A) => boolean,
  arg: A,
): Promise<GestureSample> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
  }
  await arm(page, 'pointerup', check, arg);
  await page.mouse.up();
  const r = await result(page);
  // Only the release: the press that began the drag belongs to the same interaction but not to this figure.
  return {
    toPaint: r.ms,
    eventTiming: await eventTiming(page, r.eventStart, ['pointerup', 'mouseup'], false),
  };
}

/** One key press, timed from its keydown. */
export async function press<A>(
  page: Page,
  key: string,
  check: (arg: A) => boolean,
  arg: A,
): Promise<GestureSample> {
  await arm(page, 'keydown', check, arg);
  await page.keyboard.press(key);
  const r = await result(page);
  return { toPaint: r.ms, eventTiming: await eventTiming(page, r.eventStart, ['keydown'], true) };
}

/** Types `text` into the focused field one key at a time; each key waits until the field shows it. */
export async function typeInto(page: Page, selector: string, text: string): Promise<GestureSample[]> {
  const samples: GestureSample[] = [];
  for (const ch of text) {
    const before = await page.$eval(selector, (el) => (el as HTMLInputElement).value.length);
    samples.push(
      await press(
        page,
        ch,
        ({ selector, length }) =>
          (document.querySelector(selector) as HTMLInputElement | null)?.value.length === length,
        { selector, length: before + 1 },
      ),
    );
    await page.waitForTimeout(40);
  }
  return samples;
}

/** rAF intervals while scrolling `scroller` from top to bottom in `steps` wheel steps. */
export async function scrollFrames(
  page: Page,
  scroller: string,
  steps: number,
): Promise<{ intervals: number[]; reached: number }> {
  const box = await page.locator(scroller).boundingBox();
  if (!box) throw new Error(`no ${scroller} on the page`);
  await page.$eval(scroller, (el) => (el.scrollTop = 0));
  await page.waitForTimeout(300);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => (window as unknown as Win).__bench.startFrames());
  for (let i = 0; i < steps; i++) {
    // The page grows as the virtual list measures rows, so each step aims at what is left.
    const dy = await page.$eval(
      scroller,
      (el, left) => Math.ceil((el.scrollHeight - el.clientHeight - el.scrollTop) / left),
      steps - i,
    );
    await page.mouse.wheel(0, Math.max(1, dy));
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(200);
  const frames = (await page.evaluate(() => (window as unknown as Win).__bench.stopFrames())) as number[];
  const reached = await page.$eval(scroller, (el) => (el.scrollTop + el.clientHeight) / el.scrollHeight);
  return { intervals: frames.slice(1).map((t, i) => t - (frames[i] as number)), reached };
}

export async function longTasksBetween(
  page: Page,
  from: number,
  to: number,
): Promise<{ count: number; total: number }> {
  const tasks = await page.evaluate(() => (window as unknown as Win).__bench.longtasks);
  const mine = tasks.filter((t) => t.start >= from && t.start <= to);
  return { count: mine.length, total: mine.reduce((s, t) => s + t.duration, 0) };
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());
